package dev.imagegate.buckets;

import java.util.List;

import dev.imagegate.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The buckets page's controller alone: validation, CSRF, PRG, AWS errors in words. */
@WebMvcTest(BucketsController.class)
@Import(SecurityConfiguration.class)
@WithMockUser
class BucketsControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BucketService buckets;

	@Test
	void listsBucketsWithTheirPrivacy() throws Exception {
		given(buckets.page(any(), anyInt()))
			.willReturn(new BucketService.BucketPage(List.of(new BucketSummary("open-one", null)), "next-token"));
		given(buckets.isPrivate("open-one")).willReturn(false);

		mvc.perform(get("/buckets"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Block all public access to open-one")))
			.andExpect(content().string(containsString("page=next-token")));
	}

	@Test
	void createsAndRedirects() throws Exception {
		mvc.perform(post("/buckets").param("name", "good-name").param("region", "").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/buckets"))
			.andExpect(flash().attribute("message", "Created the private bucket good-name."));
		then(buckets).should().create("good-name", "");
	}

	@Test
	void anInvalidNameIsAFieldErrorAndNothingIsCreated() throws Exception {
		given(buckets.page(any(), anyInt())).willReturn(new BucketService.BucketPage(List.of(), null));

		mvc.perform(post("/buckets").param("name", "UPPER..case").param("region", "mars-1").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("newBucket", "name", "region"));
		then(buckets).should(never()).create(any(), any());
	}

	@Test
	void aMissingNameIsAFieldError() throws Exception {
		given(buckets.page(any(), anyInt())).willReturn(new BucketService.BucketPage(List.of(), null));

		mvc.perform(post("/buckets").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("newBucket", "name"));
	}

	@Test
	void withoutTheCsrfTokenNothingHappens() throws Exception {
		mvc.perform(post("/buckets").param("name", "good-name")).andExpect(status().isForbidden());
		mvc.perform(post("/buckets/good-name/private")).andExpect(status().isForbidden());
		then(buckets).should(never()).create(any(), any());
		then(buckets).should(never()).makePrivate(any());
	}

	@Test
	void awsRefusalIsShownInItsOwnWords() throws Exception {
		given(buckets.page(any(), anyInt())).willReturn(new BucketService.BucketPage(List.of(), null));
		willThrow(S3Exception.builder()
			.statusCode(409)
			.awsErrorDetails(AwsErrorDetails.builder()
				.errorCode("BucketAlreadyExists")
				.errorMessage("The requested bucket name is not available.")
				.build())
			.build()).given(buckets).create("taken-name", "");

		mvc.perform(post("/buckets").param("name", "taken-name").param("region", "").with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The requested bucket name is not available.")));
	}

}

package dev.imagegate.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.imagegate.buckets.BucketService;
import dev.imagegate.buckets.BucketSummary;
import dev.imagegate.cloud.CloudConnection;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The first page's controller alone: the cloud's facts, its buckets, a cloud that does not answer. */
@WebMvcTest(HomeController.class)
@Import(SecurityConfiguration.class)
@WithMockUser
class HomeControllerTest {

	@Autowired
	MockMvc mvc;

	@TestBean
	CloudConnection connection;

	@MockitoBean
	BucketService buckets;

	static CloudConnection connection() {
		return new CloudConnection(CloudConnection.Kind.CUSTOM_ENDPOINT,
				Optional.of(URI.create("http://minio.internal:9000")), Region.EU_WEST_1,
				StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "never-shown-secret")),
				true);
	}

	@Test
	void showsTheCloudButNotItsCredentials() throws Exception {
		given(buckets.listBuckets()).willReturn(List.of());

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd id=\"cloud-kind\">AWS-compatible endpoint</dd>")))
			.andExpect(content().string(containsString("<dd id=\"cloud-endpoint\">http://minio.internal:9000</dd>")))
			.andExpect(content().string(containsString("<dd id=\"cloud-region\">eu-west-1</dd>")))
			.andExpect(content().string(containsString("answering")))
			.andExpect(content().string(not(containsString("not answering"))))
			.andExpect(content().string(containsString("No buckets yet.")))
			.andExpect(content().string(not(containsString("AKIDEXAMPLE"))))
			.andExpect(content().string(not(containsString("never-shown-secret"))));
	}

	@Test
	void listsTheBucketsWithTheirNamesEscaped() throws Exception {
		given(buckets.listBuckets()).willReturn(List.of(new BucketSummary("cats", Instant.parse("2026-01-02T03:04:05Z")),
				new BucketSummary("<script>alert(1)</script>", null)));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>cats</td>")))
			.andExpect(content().string(containsString("2026-01-02T03:04:05")))
			.andExpect(content().string(containsString("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(not(containsString("No buckets yet."))));
	}

	@Test
	void aCloudThatCannotBeReachedIsNotAnsweringAndSaysWhy() throws Exception {
		given(buckets.listBuckets())
			.willThrow(SdkClientException.create("Unable to execute HTTP request: Connect to minio.internal:9000 failed"));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not answering")))
			.andExpect(content().string(
					containsString("ClientError: Unable to execute HTTP request: Connect to minio.internal:9000 failed")))
			.andExpect(content().string(not(containsString("No buckets yet."))))
			.andExpect(content().string(not(containsString("SdkClientException"))));
	}

	@Test
	void anAwsRefusalIsShownInItsOwnWords() throws Exception {
		given(buckets.listBuckets()).willThrow(S3Exception.builder()
			.statusCode(403)
			.awsErrorDetails(AwsErrorDetails.builder()
				.errorCode("InvalidAccessKeyId")
				.errorMessage("The AWS Access Key Id you provided does not exist in our records.")
				.build())
			.build());

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not answering")))
			.andExpect(content().string(containsString(
					"InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.")))
			.andExpect(content().string(not(containsString("S3Exception"))))
			.andExpect(content().string(not(containsString("at software.amazon"))));
	}

	@Test
	@WithAnonymousUser
	void withoutALoginTheFirstPageRedirectsToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		then(buckets).should(never()).listBuckets();
	}

}

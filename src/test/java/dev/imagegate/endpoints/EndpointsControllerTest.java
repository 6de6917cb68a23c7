package dev.imagegate.endpoints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.imagegate.proxyapi.EndpointVerifier;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.Throttle;
import dev.imagegate.proxyapi.Verification;
import dev.imagegate.proxyapi.VerificationStatus;
import dev.imagegate.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's controller alone: listing, escaping, CSRF on delete, a missing
 * endpoint.
 */
@WebMvcTest(EndpointsController.class)
@Import(SecurityConfiguration.class)
@WithMockUser
class EndpointsControllerTest {

	private static final ManagedEndpoint ENDPOINT = new ManagedEndpoint("abc123defg", "cats", "my-bucket",
			"images/<b>/", "test", "s3", "image", "imagegate-cats",
			"http://localhost:4566/_aws/execute-api/abc123defg/test/s3?image={key}", null, null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EndpointDiscovery discovery;

	@MockitoBean
	EndpointTeardown teardown;

	@MockitoBean
	EndpointGallery gallery;

	@MockitoBean
	EndpointVerifier verifier;

	@MockitoBean
	EndpointSpecs specs;

	@Test
	void listsEndpointsWithTheirTextEscaped() throws Exception {
		given(discovery.list()).willReturn(List.of(ENDPOINT));

		mvc.perform(get("/endpoints"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("s3://my-bucket/images/&lt;b&gt;/")))
			.andExpect(content().string(not(containsString("images/<b>/"))));
	}

	@Test
	void anEmptyDashboardSaysWhatAnEndpointIsAndLeadsToTheFirstStep() throws Exception {
		given(discovery.list()).willReturn(List.of());

		mvc.perform(get("/endpoints"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No proxy endpoints yet.")))
			.andExpect(content().string(containsString(
					"<a id=\"new-endpoint\" class=\"button-link\" href=\"/buckets\">Create your first endpoint</a>")))
			.andExpect(content().string(not(containsString("id=\"endpoints\""))));
	}

	@Test
	void aDashboardWithEndpointsOffersANewOne() throws Exception {
		given(discovery.list()).willReturn(List.of(ENDPOINT));

		mvc.perform(get("/endpoints"))
			.andExpect(content().string(
					containsString("<a id=\"new-endpoint\" class=\"button-link\" href=\"/buckets\">New endpoint</a>")))
			.andExpect(content().string(not(containsString("No proxy endpoints yet."))));
	}

	@Test
	void datesReadAsDatesWithTheExactTimeForMachines() throws Exception {
		given(discovery.list())
			.willReturn(List.of(new ManagedEndpoint("abc123defg", "cats", "my-bucket", "images/", "test", "s3", "image",
					"imagegate-cats", "http://x/{key}", Instant.parse("2025-06-01T06:55:02.522Z"), null)));

		mvc.perform(get("/endpoints"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">1 Jun 2025, 06:55 UTC</time>")))
			.andExpect(content().string(containsString("datetime=\"2025-06-01T06:55:02.522+0000\"")));
	}

	@Test
	void recentDatesReadAsTimeAgoWithTheDateAsTheirTooltip() throws Exception {
		Instant fiveMinutesAgo = Instant.now().minusSeconds(5 * 60 + 10);
		given(discovery.list()).willReturn(List.of(new ManagedEndpoint("abc123defg", "cats", "my-bucket", "images/",
				"test", "s3", "image", "imagegate-cats", "http://x/{key}", fiveMinutesAgo, null)));

		mvc.perform(get("/endpoints"))
			.andExpect(content().string(matchesRegex(
					"(?s).*<time datetime=\"[^\"]+\" title=\"\\d{1,2} \\w{3} \\d{4}, \\d\\d:\\d\\d UTC\">5 minutes ago"
							+ "</time>.*")));
	}

	@Test
	void deletingNeedsTheCsrfToken() throws Exception {
		mvc.perform(post("/endpoints/abc123defg/delete")).andExpect(status().isForbidden());
		then(teardown).should(never()).teardown(anyString(), anyBoolean());
	}

	@Test
	void deletingSaysWhatWasRemovedAndWhatStays() throws Exception {
		given(teardown.teardown("abc123defg", false))
			.willReturn(new EndpointTeardown.TeardownResult("abc123defg", "cats", "imagegate-cats", true, 0));

		mvc.perform(post("/endpoints/abc123defg/delete").with(csrf()))
			.andExpect(redirectedUrl("/endpoints"))
			.andExpect(flash().attribute("message",
					"Deleted cats (abc123defg) and its role imagegate-cats; the bucket and its images stay."));
	}

	@Test
	void anEndpointsPageShowsItsStageDateStatusAndACopyableUrlPerImage() throws Exception {
		ManagedEndpoint endpoint = new ManagedEndpoint("abc123defg", "cats", "my-bucket", "images/", "prod", "s3",
				"image", "imagegate-cats", "http://x/prod/s3?image={key}", Instant.parse("2026-12-01T06:55:02Z"), null);
		given(discovery.find("abc123defg")).willReturn(Optional.of(endpoint));
		given(gallery.images(endpoint, 6))
			.willReturn(List.of(new EndpointGallery.GalleryImage("<b>.png", "http://x/prod/s3?image=%3Cb%3E.png")));
		given(specs.specOf(endpoint)).willReturn(ProxyApiSpec.of("my-bucket", "cats")
			.withThrottle(new Throttle(12.5, 30))
			.withCaching("private, max-age=60", "https://<b>.example"));

		mvc.perform(get("/endpoints/abc123defg"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd id=\"stage\">prod</dd>")))
			.andExpect(content().string(containsString("title=\"1 Dec 2026, 06:55 UTC\">")))
			.andExpect(content().string(containsString("data-status-url=\"/endpoints/abc123defg/status\"")))
			.andExpect(content().string(
					containsString("id=\"invoke-url\" type=\"text\" readonly value=\"http://x/prod/s3?image={key}\"")))
			.andExpect(
					content().string(containsString("id=\"image-url-0\" value=\"http://x/prod/s3?image=%3Cb%3E.png\"")))
			.andExpect(content().string(containsString("data-copy=\"image-url-0\"")))
			.andExpect(
					content().string(containsString("<dd id=\"throttling\">12.5 requests a second, bursts of 30</dd>")))
			.andExpect(content().string(containsString("<code>private, max-age=60</code>")))
			.andExpect(content()
				.string(containsString("<code>Access-Control-Allow-Origin: https://&lt;b&gt;.example</code>")))
			.andExpect(content().string(containsString("(reads only the prefix)")))
			.andExpect(content().string(not(containsString("<b>.png"))));
	}

	@Test
	void anUnknownEndpointIsA404Page() throws Exception {
		given(discovery.find("nope")).willReturn(Optional.empty());

		mvc.perform(get("/endpoints/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No imagegate endpoint with API id nope")));
	}

	@Test
	void theStatusIsTheVerificationAsJson() throws Exception {
		given(discovery.find("abc123defg")).willReturn(Optional.of(ENDPOINT));
		given(verifier.verify(eq("my-bucket"), eq("images/<b>/"), eq(ENDPOINT.invokeUrl()), eq(false), any()))
			.willReturn(new Verification(VerificationStatus.PASSED, "images/<b>/cat.png", "http://x", 200, true,
					"image/png", "image/png", 12L, "Same bytes and Content-Type as the object in S3"));

		mvc.perform(get("/endpoints/abc123defg/status").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("passed"))
			.andExpect(jsonPath("$.latencyMs").value(12));
	}

	@Test
	void aStatusThatCannotReadTheBucketIsAFailureInWords() throws Exception {
		given(discovery.find("abc123defg")).willReturn(Optional.of(ENDPOINT));
		given(verifier.verify(anyString(), anyString(), anyString(), anyBoolean(), any()))
			.willThrow(NoSuchBucketException.builder()
				.statusCode(404)
				.awsErrorDetails(AwsErrorDetails.builder()
					.errorCode("NoSuchBucket")
					.errorMessage("The specified bucket does not exist")
					.build())
				.build());

		mvc.perform(get("/endpoints/abc123defg/status").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("failed"))
			.andExpect(jsonPath("$.detail").value(containsString("The specified bucket does not exist")));
	}

	@Test
	void theListAsksForEachStatusAfterwardsSoAnEndpointNeverDelaysIt() throws Exception {
		given(discovery.list()).willReturn(List.of(ENDPOINT));

		mvc.perform(get("/endpoints"))
			.andExpect(content().string(containsString("data-status-url=\"/endpoints/abc123defg/status\"")))
			.andExpect(content().string(containsString("/js/endpoints.js")));
		then(verifier).should(never()).verify(anyString(), anyString(), anyString(), anyBoolean(), any());
	}

}

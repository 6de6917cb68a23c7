package dev.imagegate.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.imagegate.buckets.BucketService;
import dev.imagegate.buckets.BucketSummary;
import dev.imagegate.cloud.CallerIdentity;
import dev.imagegate.cloud.CloudAccount;
import dev.imagegate.cloud.CloudConnection;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sts.model.StsException;

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

/**
 * The first page's controller alone: the cloud's facts and account, its buckets, a cloud
 * that does not answer.
 */
@WebMvcTest(HomeController.class)
@Import(SecurityConfiguration.class)
@WithMockUser
class HomeControllerTest {

	@Autowired
	MockMvc mvc;

	@TestBean
	CloudConnection connection;

	@MockitoBean
	CloudAccount account;

	@MockitoBean
	BucketService buckets;

	/** AWS's error code and message, as the SDK unmarshals them from a refusal. */
	private static AwsErrorDetails error(String code, String message) {
		return AwsErrorDetails.builder().errorCode(code).errorMessage(message).build();
	}

	private static S3Exception s3Refusal(String code, String message) {
		return (S3Exception) S3Exception.builder().statusCode(403).awsErrorDetails(error(code, message)).build();
	}

	static CloudConnection connection() {
		return new CloudConnection(CloudConnection.Kind.CUSTOM_ENDPOINT,
				Optional.of(URI.create("http://minio.internal:9000")), Region.EU_WEST_1,
				StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "never-shown-secret")),
				true);
	}

	@Test
	void showsTheCloudAndItsAccountButNotItsCredentials() throws Exception {
		given(account.identify())
			.willReturn(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/alice"));
		given(buckets.listBuckets()).willReturn(List.of());

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd id=\"cloud-kind\">AWS-compatible endpoint</dd>")))
			.andExpect(content().string(containsString("<span id=\"account-id\">123456789012</span>")))
			.andExpect(content()
				.string(containsString("<code id=\"account-arn\">arn:aws:iam::123456789012:user/alice</code>")))
			.andExpect(content().string(not(containsString("Cannot tell which account"))))
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
		given(buckets.listBuckets())
			.willReturn(List.of(new BucketSummary("cats", Instant.parse("2026-01-02T03:04:05Z")),
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
		given(buckets.listBuckets()).willThrow(
				SdkClientException.create("Unable to execute HTTP request: Connect to minio.internal:9000 failed"));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not answering")))
			.andExpect(content().string(containsString(
					"ClientError: Unable to execute HTTP request: Connect to minio.internal:9000 failed")))
			.andExpect(content().string(not(containsString("No buckets yet."))))
			.andExpect(content().string(not(containsString("SdkClientException"))));
	}

	@Test
	void anAwsRefusalIsShownInItsOwnWords() throws Exception {
		given(buckets.listBuckets()).willThrow(
				s3Refusal("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not answering")))
			.andExpect(content().string(containsString(
					"InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.")))
			.andExpect(content().string(not(containsString("S3Exception"))))
			.andExpect(content().string(not(containsString("at software.amazon"))));
	}

	@Test
	void anStsRefusalIsShownInItsOwnWordsAndThePageStillRenders() throws Exception {
		given(account.identify()).willThrow(StsException.builder()
			.statusCode(403)
			.awsErrorDetails(error("InvalidClientTokenId", "The security token included in the request is invalid."))
			.build());
		given(buckets.listBuckets()).willReturn(List.of(new BucketSummary("cats", null)));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cannot tell which account: InvalidClientTokenId: "
					+ "The security token included in the request is invalid.")))
			.andExpect(content().string(not(containsString("id=\"account-id\""))))
			.andExpect(content().string(not(containsString("StsException"))))
			.andExpect(content().string(containsString("<td>cats</td>")))
			.andExpect(content().string(containsString("<dd id=\"cloud-region\">eu-west-1</dd>")));
	}

	@Test
	void theAccountIsShownEvenWhenTheBucketsCannotBeListed() throws Exception {
		given(account.identify())
			.willReturn(new CallerIdentity("123456789012", "arn:aws:sts::123456789012:assumed-role/viewer/me"));
		given(buckets.listBuckets()).willThrow(s3Refusal("AccessDenied", "Access Denied"));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"account-id\">123456789012</span>")))
			.andExpect(content().string(containsString("arn:aws:sts::123456789012:assumed-role/viewer/me")))
			.andExpect(content().string(containsString("AccessDenied: Access Denied")));
	}

	@Test
	@WithAnonymousUser
	void withoutALoginTheFirstPageRedirectsToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		then(buckets).should(never()).listBuckets();
		then(account).should(never()).identify();
	}

}

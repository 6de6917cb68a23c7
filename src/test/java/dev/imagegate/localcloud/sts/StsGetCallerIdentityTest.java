package dev.imagegate.localcloud.sts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.wire.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * STS GetCallerIdentity through the real SDK client, and the query protocol on the wire
 * as any client sees it (AWS's sample response in the STS API reference is the model).
 */
@LocalCloudTest
class StsGetCallerIdentityTest {

	/**
	 * Any credentials do; the servlet routes by the service in the SigV4 scope, so a raw
	 * request must carry one naming {@code sts} (unsigned requests go to S3).
	 */
	private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sts/aws4_request, "
			+ "SignedHeaders=host, Signature=0";

	private static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

	@Autowired
	StsClient sts;

	@Autowired
	LocalCloud localCloud;

	@Autowired
	FaultInjector faults;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void clearFaults() {
		faults.clear();
	}

	@Test
	void namesTheLocalAccountAndItsRootAsTheCaller() {
		GetCallerIdentityResponse identity = sts.getCallerIdentity();

		assertThat(identity.account()).isEqualTo("000000000000").isEqualTo(localCloud.accountId());
		assertThat(identity.arn()).isEqualTo("arn:aws:iam::000000000000:root");
		assertThat(identity.userId()).isEqualTo("000000000000");
	}

	@Test
	void answersInStsXmlEnvelope() throws Exception {
		HttpResponse<String> response = post("Action=GetCallerIdentity&Version=2011-06-15");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/xml"));
		String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
		assertThat(response.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<GetCallerIdentityResponse xmlns=\"" + NAMESPACE + "\"><GetCallerIdentityResult>"
				+ "<Arn>arn:aws:iam::000000000000:root</Arn><UserId>000000000000</UserId><Account>000000000000"
				+ "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>" + requestId
				+ "</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
	}

	@Test
	void anUnknownActionIsInvalidActionInTheQueryErrorShape() throws Exception {
		HttpResponse<String> response = post("Action=AssumeRole&Version=2011-06-15&RoleArn=x&RoleSessionName=y");

		assertThat(response.statusCode()).isEqualTo(400);
		String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
		assertThat(response.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + "<ErrorResponse xmlns=\""
				+ NAMESPACE + "\"><Error><Type>Sender</Type><Code>InvalidAction</Code>"
				+ "<Message>Could not find operation AssumeRole for version 2011-06-15</Message></Error>"
				+ "<RequestId>" + requestId + "</RequestId></ErrorResponse>");
	}

	@Test
	void aMissingActionIsMissingAction() throws Exception {
		HttpResponse<String> response = post("Version=2011-06-15");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<Code>MissingAction</Code>");
	}

	@Test
	void aRefusalReachesTheSdkWithStsCodeAndMessage() {
		faults.failNext("GetCallerIdentity", 1, 403, "InvalidClientTokenId",
				"The security token included in the request is invalid.");

		assertThatThrownBy(() -> sts.getCallerIdentity()).isInstanceOfSatisfying(StsException.class, (ex) -> {
			assertThat(ex.statusCode()).isEqualTo(403);
			assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
			assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("The security token included in the request is invalid.");
		});
		assertThat(sts.getCallerIdentity().account()).isEqualTo("000000000000");
	}

	private HttpResponse<String> post(String form) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(localCloud.endpoint() + "/"))
			.header("Authorization", AUTHORIZATION)
			.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}

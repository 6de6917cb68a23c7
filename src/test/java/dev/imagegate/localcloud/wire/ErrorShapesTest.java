package dev.imagegate.localcloud.wire;

import java.util.List;
import java.util.Map;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.RawHttp;
import dev.imagegate.localcloud.RawHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the local cloud answers in the error shape of the service it
 * addressed, never with a container page, a stack trace, a server version or an internal
 * port; and a header that is not a signature never passes for one. AWS's wordings: S3's
 * AuthorizationHeaderMalformed and InvalidArgument "Unsupported Authorization Type" as
 * real S3 answers them (error bodies quoted in aws-sdk and client issues), InvalidURI
 * from S3's list of error codes.
 */
@LocalCloudTest
class ErrorShapesTest {

	private static final String OBJECT = "/error-shapes/secret.txt";

	@Autowired
	LocalCloud localCloud;

	@Autowired
	S3Client s3;

	@BeforeEach
	void anObject() {
		if (!s3.listBuckets().buckets().stream().anyMatch((b) -> b.name().equals("error-shapes"))) {
			s3.createBucket((b) -> b.bucket("error-shapes"));
			s3.putObject((p) -> p.bucket("error-shapes").key("secret.txt"), RequestBody.fromString("the secret"));
		}
	}

	@Test
	void rawCharactersInASignedPathAreS3KeysNotServerErrors() throws Exception {
		for (String character : List.of("<", "|", "{", "}", "^", "\"", "\\", "`", "[")) {
			Response response = get("/error-shapes/a" + character + "b.txt", RawHttp.signedFor("s3"));

			assertThat(response.status()).as("a raw %s", character).isEqualTo(404);
			assertThat(response.body()).contains("<Code>NoSuchKey</Code>");
			assertNoInternals(response);
		}
	}

	@Test
	void aNulOrABrokenEscapeIsS3sInvalidUri() throws Exception {
		for (String path : List.of("/%00", "/error-shapes/%00", "/error-shapes/%zz", "/error-shapes/%")) {
			Response response = get(path, RawHttp.signedFor("s3"));

			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.header("content-type")).startsWith("application/xml");
			assertThat(response.body()).contains("<Code>InvalidURI</Code>").contains("<RequestId>");
			assertNoInternals(response);
		}
	}

	@Test
	void aSigV4HeaderWithoutItsPartsIsMalformedAndGetsNothing() throws Exception {
		for (String header : List.of("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA256 ", "AWS4-HMAC-SHA256 Signature=abc",
				"AWS4-HMAC-SHA256 Credential=x, SignedHeaders=host, Signature=abc",
				"AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/s3/aws4_request")) {
			Response response = get(OBJECT, header);

			assertThat(response.status()).as(header).isEqualTo(400);
			assertThat(response.body()).contains("<Code>AuthorizationHeaderMalformed</Code>")
				.contains("The authorization header is malformed")
				.doesNotContain("the secret");
			assertNoInternals(response);
		}
	}

	@Test
	void anUnknownSchemeIsUnsupportedAndGetsNothing() throws Exception {
		Response response = get(OBJECT, "Bearer abc");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("<Code>InvalidArgument</Code>")
			.contains("<Message>Unsupported Authorization Type</Message>")
			.contains("<ArgumentName>Authorization</ArgumentName>")
			.doesNotContain("the secret");
	}

	@Test
	void aPresignedUrlWithABrokenCredentialGetsNothing() throws Exception {
		Response response = get(
				OBJECT + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=nonsense&X-Amz-Signature=00", null);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("<Code>AuthorizationQueryParametersError</Code>")
			.doesNotContain("the secret");
	}

	@Test
	void otherServicesRefuseInTheirOwnShape() throws Exception {
		Response iam = RawHttp.send(localCloud.port(), "POST / HTTP/1.1",
				Map.of("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/iam/aws4_request",
						"Content-Type", "application/x-www-form-urlencoded", "Content-Length", "0"),
				new byte[0]);
		assertThat(iam.status()).isEqualTo(400);
		assertThat(iam.body()).contains("<ErrorResponse").contains("<Code>IncompleteSignature</Code>");

		Response apigateway = get("/restapis",
				"AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/apigateway/aws4_request");
		assertThat(apigateway.status()).isEqualTo(403);
		assertThat(apigateway.header("x-amzn-errortype")).isEqualTo("IncompleteSignatureException");
		assertThat(apigateway.body()).startsWith("{\"message\":");

		Response badUri = get("/restapis/%00", RawHttp.signedFor("apigateway"));
		assertThat(badUri.status()).isEqualTo(400);
		assertThat(badUri.header("content-type")).startsWith("application/json");
		assertThat(badUri.body()).startsWith("{\"message\":");
		assertNoInternals(badUri);
	}

	private Response get(String path, String authorization) throws Exception {
		return RawHttp.send(localCloud.port(), "GET " + path + " HTTP/1.1",
				(authorization != null) ? Map.of("Authorization", authorization) : Map.of(), new byte[0]);
	}

	static void assertNoInternals(Response response) {
		String everything = response.headers() + response.body();
		assertThat(everything).doesNotContainIgnoringCase("tomcat")
			.doesNotContain("<html")
			.doesNotContainPattern("[a-z]+\\.[A-Za-z]+Exception")
			.doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.")
			.doesNotContainPattern("127\\.0\\.0\\.1:\\d+");
		assertThat(response.header("server")).isNull();
	}

}

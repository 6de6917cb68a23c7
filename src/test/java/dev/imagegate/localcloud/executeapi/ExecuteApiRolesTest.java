package dev.imagegate.localcloud.executeapi;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static dev.imagegate.localcloud.executeapi.ExecuteApiFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration runs as its role: trust, identity policies and S3's 403-or-404 rule.
 * The seed's API gets two more integration responses (403, 404) so S3's own status shows.
 */
class ExecuteApiRolesTest extends ExecuteApiTest {

	String bucket;

	final byte[] image = ExecuteApiFixture.allBytes();

	@BeforeEach
	void bucketWithImages() {
		bucket = fixture.bucket("exec-roles");
		fixture.put(bucket, "images/cat.jpg", image, "image/jpeg");
		fixture.put(bucket, "images/secret-plan.jpg", image, "image/jpeg");
	}

	/**
	 * The seed's API as this role, plus 403 and 404 passing S3's status through; returns
	 * the object URL prefix.
	 */
	private String apiAs(String roleArn) {
		return apiAs(bucket, roleArn);
	}

	private String apiAs(String bucketName, String roleArn) {
		ExecuteApiFixture.Api api = fixture.seedApi(bucketName, roleArn);
		for (String status : new String[] { "403", "404" }) {
			apigw.putMethodResponse(
					(b) -> b.restApiId(api.id()).resourceId(api.resourceId()).httpMethod("GET").statusCode(status));
			apigw.putIntegrationResponse((b) -> b.restApiId(api.id())
				.resourceId(api.resourceId())
				.httpMethod("GET")
				.statusCode(status)
				.selectionPattern(status));
		}
		fixture.deploy(api.id(), "test");
		return fixture.url(api.id(), "test", "/s3?image=");
	}

	@Test
	void aRoleWithoutPermissionGetsS3sAccessDenied() {
		String otherBucketOnly = """
				{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",\
				"Resource":"arn:aws:s3:::other/*"}]}""";
		String url = apiAs(fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, otherBucketOnly, false));

		var response = fixture.get(url + "cat.jpg", "Accept", "application/xml");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(text(response)).contains("<Code>AccessDenied</Code>");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
	}

	@Test
	void anExplicitDenyWinsOverAmazonS3ReadOnlyAccess() {
		String denySecrets = """
				{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:GetObject",\
				"Resource":"arn:aws:s3:::%s/images/secret*"}]}""".formatted(bucket);
		String url = apiAs(fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, denySecrets, true));

		assertThat(fixture.get(url + "secret-plan.jpg", "Accept", "image/jpeg").statusCode()).isEqualTo(403);
		var allowed = fixture.get(url + "cat.jpg", "Accept", "image/jpeg");
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.body()).isEqualTo(image);
	}

	@Test
	void aTrustPolicyThatDoesNotNameApiGatewayIsAnInternalServerError() {
		String lambdaOnly = ExecuteApiFixture.TRUST_API_GATEWAY.replace("apigateway", "lambda");
		String url = apiAs(fixture.role(lambdaOnly, null, true));

		var response = fixture.get(url + "cat.jpg", "Accept", "image/jpeg");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(text(response)).isEqualTo("{\"message\": \"Internal server error\"}");
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServerErrorException");
	}

	@Test
	void aRoleThatDoesNotExistIsAnInternalServerError() {
		String url = apiAs("arn:aws:iam::000000000000:role/" + ExecuteApiFixture.unique("nobody"));

		var response = fixture.get(url + "cat.jpg", "Accept", "image/jpeg");

		// API Gateway's own 500 (it cannot assume the role), not a crash nor S3's answer.
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(ExecuteApiFixture.text(response)).isEqualTo("{\"message\": \"Internal server error\"}");
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServerErrorException");
	}

	@Test
	void s3sErrorForAKeyWithXmlCharactersIsWellFormedXml() throws Exception {
		String url = apiAs(fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, null, true));

		var missing = fixture.get(url + URLEncoder.encode("a<b&c\"d.jpg", StandardCharsets.UTF_8), "Accept",
				"application/xml");

		assertThat(missing.statusCode()).isEqualTo(404);
		Element error = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(missing.body()))
			.getDocumentElement();
		assertThat(error.getElementsByTagName("Code").item(0).getTextContent()).isEqualTo("NoSuchKey");
		assertThat(error.getElementsByTagName("Key").item(0).getTextContent()).isEqualTo("images/a<b&c\"d.jpg");
	}

	@Test
	void aMissingKeyIs404OnlyIfTheRoleMayListTheBucket() {
		String getOnly = """
				{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",\
				"Resource":"arn:aws:s3:::%s/images/*"}]}""".formatted(bucket);
		String listImages = """
				{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",\
				"Resource":"arn:aws:s3:::%1$s/images/*"},{"Effect":"Allow","Action":"s3:ListBucket",\
				"Resource":"arn:aws:s3:::%1$s","Condition":{"StringLike":{"s3:prefix":["images/*"]}}}]}"""
			.formatted(bucket);
		String withoutList = apiAs(fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, getOnly, false));
		String withList = apiAs(fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, listImages, false));

		var denied = fixture.get(withoutList + "nope.jpg", "Accept", "application/xml");
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(text(denied)).contains("<Code>AccessDenied</Code>");
		var missing = fixture.get(withList + "nope.jpg", "Accept", "application/xml");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(text(missing)).contains("NoSuchKey");
		assertThat(fixture.get(withList + "cat.jpg", "Accept", "image/jpeg").body()).isEqualTo(image);
	}

	@Test
	void aBucketThatDoesNotExistIsNoSuchBucketWhateverTheRoleMayList() {
		String missingBucket = ExecuteApiFixture.unique("exec-nobucket");
		String getOnly = """
				{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
		String url = apiAs(missingBucket, fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, getOnly, false));

		var response = fixture.get(url + "cat.jpg", "Accept", "application/xml");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(text(response)).contains("<Code>NoSuchBucket</Code>");
	}

}

package dev.imagegate.localcloud.executeapi;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;

import static dev.imagegate.localcloud.executeapi.ExecuteApiFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action form of an S3 integration URI, as the API reference's Integration.uri
 * documents it
 * ({@code arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket={bucket}&Key={key}}):
 * the action decides the verb, the mapped path values fill its parameters.
 */
class ExecuteApiActionUriTest extends ExecuteApiTest {

	String apiId;

	String bucket;

	@BeforeEach
	void actionApi() {
		bucket = fixture.bucket("exec-action");
		fixture.put(bucket, "docs/a b.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain");
		String role = fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, ExecuteApiFixture.S3_ALL, false);
		var api = apigw.createRestApi((b) -> b.name(ExecuteApiFixture.unique("exec-action")));
		apiId = api.id();
		String resource = apigw
			.createResource((b) -> b.restApiId(apiId).parentId(api.rootResourceId()).pathPart("{action}"))
			.id();
		for (String action : new String[] { "GetObject", "PutObject", "HeadObject", "ListObjectsV2", "Frobnicate" }) {
			String child = apigw.createResource((b) -> b.restApiId(apiId).parentId(resource).pathPart(action)).id();
			apigw.putMethod((b) -> b.restApiId(apiId)
				.resourceId(child)
				.httpMethod("ANY")
				.authorizationType("NONE")
				.requestParameters(Map.of("method.request.querystring.key", false)));
			apigw.putMethodResponse((b) -> b.restApiId(apiId).resourceId(child).httpMethod("ANY").statusCode("200"));
			apigw.putIntegration((b) -> b.restApiId(apiId)
				.resourceId(child)
				.httpMethod("ANY")
				.type(IntegrationType.AWS)
				.integrationHttpMethod("POST")
				.uri("arn:aws:apigateway:us-east-1:s3:action/" + action + "&Bucket={bucket}&Key={key}&Prefix={key}")
				.credentials(role)
				.requestParameters(Map.of("integration.request.path.bucket", "'" + bucket + "'",
						"integration.request.path.key", "method.request.querystring.key")));
			apigw.putIntegrationResponse(
					(b) -> b.restApiId(apiId).resourceId(child).httpMethod("ANY").statusCode("200"));
		}
		fixture.deploy(apiId, "test");
	}

	private String url(String action, String key) {
		return fixture.url(apiId, "test", "/x/" + action + "?key=" + key);
	}

	@Test
	void objectActionsReadWriteAndHead() {
		var got = fixture.get(url("GetObject", "docs/a%20b.txt"));
		assertThat(got.statusCode()).isEqualTo(200);
		assertThat(text(got)).isEqualTo("hello");

		var put = fixture.send("PUT", url("PutObject", "docs/new.txt"), HttpRequest.BodyPublishers.ofString("new"),
				"Content-Type", "text/plain");
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(s3.getObjectAsBytes((g) -> g.bucket(bucket).key("docs/new.txt")).asUtf8String()).isEqualTo("new");

		var head = fixture.get(url("HeadObject", "docs/a%20b.txt"));
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).as("S3's HEAD has no body to pass on").isEmpty();
	}

	@Test
	void listObjectsTakesThePrefix() {
		var listed = fixture.get(url("ListObjectsV2", "docs/"));
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(text(listed)).contains("<ListBucketResult").contains("<Key>docs/a b.txt</Key>");
	}

	@Test
	void anUnknownActionIsAConfigurationError() {
		var unknown = fixture.get(url("Frobnicate", "x"));
		assertThat(unknown.statusCode()).isEqualTo(500);
		assertThat(text(unknown)).isEqualTo("{\"message\": \"Internal server error\"}");
	}

}

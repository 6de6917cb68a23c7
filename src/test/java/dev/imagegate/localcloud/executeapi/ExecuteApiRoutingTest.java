package dev.imagegate.localcloud.executeapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ContentHandlingStrategy;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.Op;

import static dev.imagegate.localcloud.executeapi.ExecuteApiFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path parameters, a greedy parameter and ANY: {@code /files/{folder}/{item+}} mapped
 * into {@code {bucket}/{folder}/{item}} with only a default integration response; and
 * stage throttling.
 */
class ExecuteApiRoutingTest extends ExecuteApiTest {

	String apiId;

	final byte[] image = ExecuteApiFixture.allBytes();

	@BeforeEach
	void greedyApi() {
		String bucket = fixture.bucket("exec-route");
		fixture.put(bucket, "images/a/b.jpg", image, "image/jpeg");
		fixture.put(bucket, "secret.txt", "top secret".getBytes(), "text/plain");
		String role = fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, null, true);
		var api = apigw.createRestApi((b) -> b.name(ExecuteApiFixture.unique("exec-route")));
		apiId = api.id();
		String files = apigw.createResource((b) -> b.restApiId(apiId).parentId(api.rootResourceId()).pathPart("files"))
			.id();
		String folder = apigw.createResource((b) -> b.restApiId(apiId).parentId(files).pathPart("{folder}")).id();
		String item = apigw.createResource((b) -> b.restApiId(apiId).parentId(folder).pathPart("{item+}")).id();
		apigw.putMethod((b) -> b.restApiId(apiId).resourceId(item).httpMethod("ANY").authorizationType("NONE"));
		apigw.putIntegration((b) -> b.restApiId(apiId)
			.resourceId(item)
			.httpMethod("ANY")
			.type(IntegrationType.AWS)
			.integrationHttpMethod("GET")
			.uri("arn:aws:apigateway:us-east-1:s3:path/" + bucket + "/{folder}/{item}")
			.credentials(role)
			.requestParameters(Map.of("integration.request.path.folder", "method.request.path.folder",
					"integration.request.path.item", "method.request.path.item")));
		apigw.putMethodResponse((b) -> b.restApiId(apiId)
			.resourceId(item)
			.httpMethod("ANY")
			.statusCode("200")
			.responseParameters(Map.of("method.response.header.Content-Type", false)));
		apigw.putIntegrationResponse((b) -> b.restApiId(apiId)
			.resourceId(item)
			.httpMethod("ANY")
			.statusCode("200")
			.contentHandling(ContentHandlingStrategy.CONVERT_TO_BINARY)
			.responseParameters(
					Map.of("method.response.header.Content-Type", "integration.response.header.Content-Type")));
		apigw.updateRestApi(
				(b) -> b.restApiId(apiId).patchOperations((p) -> p.op(Op.ADD).path("/binaryMediaTypes/image~1jpeg")));
		fixture.deploy(apiId, "v1");
	}

	@Test
	void greedyPathParametersAndAnyMethod() {
		var get = fixture.get(fixture.url(apiId, "v1", "/files/images/a/b.jpg"));
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.body()).isEqualTo(image);
		assertThat(get.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(get.headers().firstValue("ETag")).as("S3 sent it, but it is not mapped").isEmpty();

		var head = fixture.send("HEAD", fixture.url(apiId, "v1", "/files/images/a/b.jpg"));
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();

		assertThat(fixture.get(fixture.url(apiId, "v1", "/files/images")).statusCode())
			.as("a greedy parameter needs at least one segment")
			.isEqualTo(403);
	}

	@Test
	void convertToBinaryOnS3sTextErrorFailsAsItIsNotBase64() {
		// The default response takes S3's 404 too; its XML is text (only image/jpeg is
		// binary),
		// and CONVERT_TO_BINARY base64-decodes text payloads: not base64, so a 500.
		var missing = fixture.get(fixture.url(apiId, "v1", "/files/images/nope.jpg"), "Accept", "image/jpeg");

		assertThat(missing.statusCode()).isEqualTo(500);
		assertThat(text(missing)).isEqualTo("{\"message\": \"Internal server error\"}");
	}

	@Test
	void encodedSlashesAndDotsInThePathStayInsideTheirParameter() {
		for (String attempt : new String[] { "/files/images/..%2Fsecret.txt", "/files/images/%2e%2e/secret.txt",
				"/files/..%2F/secret.txt", "/files/images/a%2Fb.jpg/..%2F..%2F..%2Fsecret.txt" }) {
			var response = fixture.get(fixture.url(apiId, "v1", attempt), "Accept", "text/plain");
			assertThat(text(response)).as(attempt).doesNotContain("top secret");
		}
		var encodedSlash = fixture.get(fixture.url(apiId, "v1", "/files/images/a%2Fb.jpg"));
		assertThat(encodedSlash.body()).isEqualTo(image);
	}

	@Test
	void stageThrottlingAnswers429BeyondTheBurst() {
		apigw.updateStage((u) -> u.restApiId(apiId)
			.stageName("v1")
			.patchOperations((p) -> p.op(Op.REPLACE).path("/*/*/throttling/rateLimit").value("1"),
					(p) -> p.op(Op.REPLACE).path("/*/*/throttling/burstLimit").value("2")));
		List<Integer> statuses = new ArrayList<>();
		String throttledBody = null;
		for (int i = 0; i < 12; i++) {
			var response = fixture.get(fixture.url(apiId, "v1", "/files/images/a/b.jpg"));
			statuses.add(response.statusCode());
			if (response.statusCode() == 429) {
				throttledBody = text(response);
				assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("TooManyRequestsException");
			}
		}
		assertThat(statuses).contains(200, 429);
		assertThat(throttledBody).isEqualTo("{\"message\":\"Too Many Requests\"}");
	}

}

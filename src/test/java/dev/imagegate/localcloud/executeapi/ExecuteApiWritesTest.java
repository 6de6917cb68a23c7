package dev.imagegate.localcloud.executeapi;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;

import static org.assertj.core.api.Assertions.assertThat;

/** PUT through an S3 integration, as its role, and API Gateway's 10 MB request limit. */
class ExecuteApiWritesTest extends ExecuteApiTest {

	String bucket;

	String apiId;

	@BeforeEach
	void uploadApi() {
		bucket = fixture.bucket("exec-put");
		String mayPut = """
				{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject",\
				"Resource":"arn:aws:s3:::%s/uploads/*"}]}""".formatted(bucket);
		String role = fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, mayPut, false);
		var api = apigw.createRestApi((b) -> b.name(ExecuteApiFixture.unique("exec-put")));
		apiId = api.id();
		String name = apigw.createResource((b) -> b.restApiId(apiId).parentId(api.rootResourceId()).pathPart("{name}"))
			.id();
		apigw.putMethod((b) -> b.restApiId(apiId)
			.resourceId(name)
			.httpMethod("PUT")
			.authorizationType("NONE")
			.requestParameters(Map.of("method.request.header.x-dir", false)));
		apigw.putIntegration((b) -> b.restApiId(apiId)
			.resourceId(name)
			.httpMethod("PUT")
			.type(IntegrationType.AWS)
			.integrationHttpMethod("PUT")
			.uri("arn:aws:apigateway:us-east-1:s3:path/" + bucket + "/{dir}/{name}")
			.credentials(role)
			.requestParameters(Map.of("integration.request.path.name", "method.request.path.name",
					"integration.request.path.dir", "method.request.header.x-dir")));
		for (String status : new String[] { "200", "403" }) {
			apigw.putMethodResponse((b) -> b.restApiId(apiId).resourceId(name).httpMethod("PUT").statusCode(status));
			apigw.putIntegrationResponse((b) -> b.restApiId(apiId)
				.resourceId(name)
				.httpMethod("PUT")
				.statusCode(status)
				.selectionPattern(status.equals("200") ? null : "403"));
		}
		fixture.deploy(apiId, "test");
	}

	@Test
	void putStoresTheBodyWhereTheRoleMayWrite() {
		var stored = fixture.send("PUT", fixture.url(apiId, "test", "/note.txt"),
				HttpRequest.BodyPublishers.ofString("hello"), "Content-Type", "text/plain", "x-dir", "uploads");

		assertThat(stored.statusCode()).isEqualTo(200);
		var object = s3.getObjectAsBytes((g) -> g.bucket(bucket).key("uploads/note.txt"));
		assertThat(object.asString(StandardCharsets.UTF_8)).isEqualTo("hello");
		assertThat(object.response().contentType()).isEqualTo("text/plain");

		var denied = fixture.send("PUT", fixture.url(apiId, "test", "/note.txt"),
				HttpRequest.BodyPublishers.ofString("hello"), "Content-Type", "text/plain", "x-dir", "elsewhere");
		assertThat(denied.statusCode()).isEqualTo(403);
	}

	@Test
	void aPayloadOverTenMegabytesIs413() {
		var response = fixture.raw("PUT /_aws/execute-api/" + apiId + "/test/big.bin HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/octet-stream\r\nContent-Length: 10485761\r\nConnection: close\r\n\r\n");

		assertThat(response.status()).isEqualTo(413);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"message\":\"Request Too Long\"}");
	}

	@Test
	void aChunkedPayloadIsCutOffAtTenMegabytesAndNothingIsStored() {
		String megabyte = "x".repeat(1024 * 1024);
		StringBuilder chunks = new StringBuilder();
		for (int i = 0; i < 11; i++) {
			chunks.append(Integer.toHexString(megabyte.length())).append("\r\n").append(megabyte).append("\r\n");
		}
		var response = fixture
			.raw("PUT /_aws/execute-api/" + apiId + "/test/chunked.bin HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/octet-stream\r\nx-dir: uploads\r\nTransfer-Encoding: chunked\r\n"
					+ "Connection: close\r\n\r\n" + chunks + "0\r\n\r\n");

		assertThat(response.status()).isEqualTo(413);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"message\":\"Request Too Long\"}");
		assertThat(s3.listObjectsV2((l) -> l.bucket(bucket).prefix("uploads/chunked")).keyCount()).isZero();
	}

}

package dev.imagegate.localcloud.executeapi;

import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.PutIntegrationRequest;

import static dev.imagegate.localcloud.executeapi.ExecuteApiFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET methods whose integrations PUT, GET and DELETE one object, the PUT's body coming
 * from a mapping template (LocalStack's AWS-recorded
 * test_apigateway_s3.py::test_apigateway_s3_method_mapping), and the 415 a
 * passthroughBehavior of NEVER gives a request no template takes.
 */
class ExecuteApiMethodMappingTest extends ExecuteApiTest {

	String apiId;

	String bucket;

	@BeforeEach
	void methodMappingApi() {
		bucket = fixture.bucket("exec-map");
		String role = fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, ExecuteApiFixture.S3_ALL, false);
		var api = apigw.createRestApi((b) -> b.name(ExecuteApiFixture.unique("exec-map")));
		apiId = api.id();
		String uri = "arn:aws:apigateway:us-east-1:s3:path/" + bucket + "/test.json";
		getMethod(api.rootResourceId(), "get", (i) -> i.integrationHttpMethod("GET").uri(uri).credentials(role));
		getMethod(api.rootResourceId(), "put",
				(i) -> i.integrationHttpMethod("PUT")
					.uri(uri)
					.credentials(role)
					.requestParameters(Map.of("integration.request.header.Content-Type", "'application/json'"))
					.requestTemplates(Map.of("application/json", "{\"message\": \"great success!\"}")));
		getMethod(api.rootResourceId(), "delete", (i) -> i.integrationHttpMethod("DELETE").uri(uri).credentials(role));
		getMethod(api.rootResourceId(), "strict",
				(i) -> i.integrationHttpMethod("PUT")
					.uri(uri)
					.credentials(role)
					.passthroughBehavior("NEVER")
					.requestTemplates(Map.of("text/plain", "from a template")));
		String missing = apigw
			.createResource((b) -> b.restApiId(apiId).parentId(api.rootResourceId()).pathPart("missing"))
			.id();
		apigw.putMethod((b) -> b.restApiId(apiId).resourceId(missing).httpMethod("GET").authorizationType("NONE"));
		apigw.putIntegration((b) -> b.restApiId(apiId)
			.resourceId(missing)
			.httpMethod("GET")
			.type(IntegrationType.AWS)
			.integrationHttpMethod("GET")
			.uri("arn:aws:apigateway:us-east-1:s3:path/" + bucket + "/no-such-key")
			.credentials(role));
		for (String status : new String[] { "200", "404" }) {
			apigw.putMethodResponse((b) -> b.restApiId(apiId).resourceId(missing).httpMethod("GET").statusCode(status));
		}
		apigw.putIntegrationResponse((b) -> b.restApiId(apiId).resourceId(missing).httpMethod("GET").statusCode("200"));
		apigw.putIntegrationResponse((b) -> b.restApiId(apiId)
			.resourceId(missing)
			.httpMethod("GET")
			.statusCode("404")
			.selectionPattern("404")
			.responseTemplates(
					Map.of("text/html", "<p>not here</p>", "application/json", "{\"error\": \"not here\"}")));
		fixture.deploy(apiId, "test");
	}

	private void getMethod(String rootId, String part, Consumer<PutIntegrationRequest.Builder> integration) {
		String resource = apigw.createResource((b) -> b.restApiId(apiId).parentId(rootId).pathPart(part)).id();
		apigw.putMethod((b) -> b.restApiId(apiId).resourceId(resource).httpMethod("GET").authorizationType("NONE"));
		apigw.putMethodResponse((b) -> b.restApiId(apiId).resourceId(resource).httpMethod("GET").statusCode("200"));
		apigw.putIntegration((b) -> integration
			.accept(b.restApiId(apiId).resourceId(resource).httpMethod("GET").type(IntegrationType.AWS)));
		apigw
			.putIntegrationResponse((b) -> b.restApiId(apiId).resourceId(resource).httpMethod("GET").statusCode("200"));
	}

	private String call(String part, String... headers) {
		var response = fixture.get(fixture.url(apiId, "test", "/" + part), headers);
		assertThat(response.statusCode()).as(part).isEqualTo(200);
		return text(response);
	}

	@Test
	void aGetCanPutFromATemplateReadAndDelete() {
		call("put");
		assertThat(call("get")).as("get-object").isEqualTo("{\"message\": \"great success!\"}");
		assertThat(s3.getObject((g) -> g.bucket(bucket).key("test.json")).response().contentType())
			.isEqualTo("application/json");

		call("delete");
		assertThat(call("get")).as("get-deleted-object").contains("<Code>NoSuchKey</Code>");
	}

	@Test
	void neverPassingThroughRefusesAMediaTypeWithoutATemplate() {
		var refused = fixture.get(fixture.url(apiId, "test", "/strict"));
		assertThat(refused.statusCode()).isEqualTo(415);
		assertThat(text(refused)).isEqualTo("{\"message\":\"Unsupported Media Type\"}");
		assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("UnsupportedMediaTypeException");

		call("strict", "Content-Type", "text/plain; charset=utf-8");
		assertThat(call("get")).isEqualTo("from a template");
	}

	@Test
	void aPlainResponseTemplateReplacesS3sBodyChosenByAccept() {
		var json = fixture.get(fixture.url(apiId, "test", "/missing"));
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(text(json)).as("no Accept: the application/json template").isEqualTo("{\"error\": \"not here\"}");
		assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");

		var html = fixture.get(fixture.url(apiId, "test", "/missing"), "Accept", "text/html");
		assertThat(text(html)).isEqualTo("<p>not here</p>");
	}

}

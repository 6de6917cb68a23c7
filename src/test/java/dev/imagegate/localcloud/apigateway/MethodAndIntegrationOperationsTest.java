package dev.imagegate.localcloud.apigateway;

import java.util.Map;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.ConflictException;
import software.amazon.awssdk.services.apigateway.model.ContentHandlingStrategy;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Methods, method responses, integrations and integration responses. */
@LocalCloudTest
class MethodAndIntegrationOperationsTest {

	@Autowired
	ApiGatewayClient apigw;

	@Test
	void putMethodEchoesWhatWasSetAndRefusesADuplicate() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("method")));
		var validator = apigw
			.createRequestValidator((b) -> b.restApiId(api.id()).name("params").validateRequestParameters(true));

		var method = apigw.putMethod((b) -> b.restApiId(api.id())
			.resourceId(api.rootResourceId())
			.httpMethod("GET")
			.authorizationType("NONE")
			.apiKeyRequired(true)
			.operationName("GetImage")
			.requestValidatorId(validator.id())
			.requestParameters(
					Map.of("method.request.querystring.image", true, "method.request.header.Accept", false)));

		assertThat(method.sdkHttpResponse().statusCode()).isEqualTo(201);
		var read = apigw.getMethod((b) -> b.restApiId(api.id()).resourceId(api.rootResourceId()).httpMethod("GET"));
		assertThat(read.apiKeyRequired()).isTrue();
		assertThat(read.operationName()).isEqualTo("GetImage");
		assertThat(read.requestValidatorId()).isEqualTo(validator.id());
		assertThat(read.requestParameters()).containsExactlyInAnyOrderEntriesOf(
				Map.of("method.request.querystring.image", true, "method.request.header.Accept", false));
		assertThat(read.methodIntegration()).isNull();

		assertThatThrownBy(() -> apigw.putMethod((b) -> b.restApiId(api.id())
			.resourceId(api.rootResourceId())
			.httpMethod("GET")
			.authorizationType("NONE")))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> assertThat(ex.statusCode()).isEqualTo(409));
	}

	@Test
	void putMethodValidatesItsInput() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("badmethod")));
		String root = api.rootResourceId();

		assertThatThrownBy(() -> apigw.putMethod((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("GET")))
			.as("authorizationType is required")
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorMessage()).contains("authorizationType");
			});
		assertThatThrownBy(() -> apigw.putMethod((b) -> b.restApiId(api.id())
			.resourceId(root)
			.httpMethod("GET")
			.authorizationType("NONE")
			.requestValidatorId("nope12"))).isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> apigw
			.putMethod((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("FETCH").authorizationType("NONE")))
			.isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> apigw.putMethod((b) -> b.restApiId(api.id())
			.resourceId(root)
			.httpMethod("GET")
			.authorizationType("NONE")
			.requestParameters(Map.of("querystring.image", true)))).isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> apigw.putMethod(
				(b) -> b.restApiId(api.id()).resourceId("nosuchres1").httpMethod("GET").authorizationType("NONE")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> apigw.getMethod((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("GET")))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Invalid Method identifier specified"));
	}

	@Test
	void methodResponsesRoundTripAndDelete() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("mresp"));
		var response = apigw.putMethodResponse((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("GET")
			.statusCode("404")
			.responseModels(Map.of("application/json", "Error"))
			.responseParameters(Map.of("method.response.header.Content-Type", true)));

		assertThat(response.sdkHttpResponse().statusCode()).isEqualTo(201);
		var read = apigw.getMethodResponse(
				(b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET").statusCode("404"));
		assertThat(read.statusCode()).isEqualTo("404");
		assertThat(read.responseModels()).containsExactlyEntriesOf(Map.of("application/json", "Error"));
		assertThat(read.responseParameters())
			.containsExactlyEntriesOf(Map.of("method.response.header.Content-Type", true));

		// The model's pattern for a status code: a ValidationException
		// (test_update_method_response_negative_tests)
		assertThatThrownBy(() -> apigw.putMethodResponse(
				(b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET").statusCode("2xx")))
			.isInstanceOfSatisfying(ApiGatewayException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));

		var deleted = apigw.deleteMethodResponse(
				(b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET").statusCode("404"));
		assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
		assertThatThrownBy(() -> apigw.getMethodResponse(
				(b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET").statusCode("404")))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Invalid Response status code specified"));
	}

	@Test
	void awsIntegrationUriMustBeAnApiGatewayServiceArn() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("baduri"));
		for (String bad : new String[] { "https://example.com/x", "arn:aws:s3:::bucket/key",
				"arn:aws:apigateway:us-east-1:s3:bucket/key", "" }) {
			assertThatThrownBy(() -> apigw.putIntegration((b) -> b.restApiId(seed.apiId())
				.resourceId(seed.resourceId())
				.httpMethod("GET")
				.type(IntegrationType.AWS)
				.integrationHttpMethod("GET")
				.uri(bad))).as(bad).isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
					assertThat(ex.statusCode()).isEqualTo(400);
					assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("BadRequestException");
				});
		}
		assertThat(
				apigw.getIntegration((b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET"))
					.uri())
			.as("a refused PutIntegration changes nothing")
			.isEqualTo(SeedApi.S3_URI);
	}

	@Test
	void integrationMappingsMustReferenceDeclaredMethodParameters() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("mapping")));
		apigw.putMethod((b) -> b.restApiId(api.id())
			.resourceId(api.rootResourceId())
			.httpMethod("GET")
			.authorizationType("NONE"));

		assertThatThrownBy(() -> apigw.putIntegration((b) -> b.restApiId(api.id())
			.resourceId(api.rootResourceId())
			.httpMethod("GET")
			.type(IntegrationType.AWS)
			.integrationHttpMethod("GET")
			.uri(SeedApi.S3_URI)
			.requestParameters(Map.of("integration.request.path.image", "method.request.querystring.image"))))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.contains("method.request.querystring.image"));
	}

	@Test
	void integrationDefaultsOptionsAndResponsesRoundTrip() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("integ")));
		String root = api.rootResourceId();
		apigw.putMethod((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("POST").authorizationType("AWS_IAM"));
		assertThatThrownBy(() -> apigw.getIntegration((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("POST")))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Invalid Integration identifier specified"));

		var put = apigw.putIntegration((b) -> b.restApiId(api.id())
			.resourceId(root)
			.httpMethod("POST")
			.type(IntegrationType.HTTP)
			.integrationHttpMethod("PUT")
			.uri("https://example.com/upload")
			.passthroughBehavior("NEVER")
			.contentHandling(ContentHandlingStrategy.CONVERT_TO_TEXT)
			.timeoutInMillis(5000)
			.cacheNamespace("ns")
			.cacheKeyParameters("method.request.header.X")
			.requestTemplates(Map.of("application/json", "{}")));
		assertThat(put.sdkHttpResponse().statusCode()).isEqualTo(201);
		assertThat(put.httpMethod()).isEqualTo("PUT");

		var read = apigw.getIntegration((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("POST"));
		assertThat(read.type()).isEqualTo(IntegrationType.HTTP);
		assertThat(read.passthroughBehavior()).isEqualTo("NEVER");
		assertThat(read.contentHandling()).isEqualTo(ContentHandlingStrategy.CONVERT_TO_TEXT);
		assertThat(read.timeoutInMillis()).isEqualTo(5000);
		assertThat(read.cacheNamespace()).isEqualTo("ns");
		assertThat(read.cacheKeyParameters()).containsExactly("method.request.header.X");
		assertThat(read.requestTemplates()).containsExactlyEntriesOf(Map.of("application/json", "{}"));

		assertThatThrownBy(() -> apigw.putIntegration((b) -> b.restApiId(api.id())
			.resourceId(root)
			.httpMethod("POST")
			.type(IntegrationType.MOCK)
			.timeoutInMillis(40000))).isInstanceOf(BadRequestException.class);

		var response = apigw.putIntegrationResponse((b) -> b.restApiId(api.id())
			.resourceId(root)
			.httpMethod("POST")
			.statusCode("404")
			.selectionPattern("404")
			.contentHandling(ContentHandlingStrategy.CONVERT_TO_BINARY)
			.responseTemplates(Map.of("application/json", "{\"error\":\"missing\"}")));
		assertThat(response.sdkHttpResponse().statusCode()).isEqualTo(201);
		var readResponse = apigw
			.getIntegrationResponse((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("POST").statusCode("404"));
		assertThat(readResponse.selectionPattern()).isEqualTo("404");
		assertThat(readResponse.contentHandling()).isEqualTo(ContentHandlingStrategy.CONVERT_TO_BINARY);
		assertThat(readResponse.responseTemplates()).containsEntry("application/json", "{\"error\":\"missing\"}");

		assertThat(apigw
			.deleteIntegrationResponse(
					(b) -> b.restApiId(api.id()).resourceId(root).httpMethod("POST").statusCode("404"))
			.sdkHttpResponse()
			.statusCode()).isEqualTo(204);
		assertThatThrownBy(() -> apigw
			.getIntegrationResponse((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("POST").statusCode("404")))
			.isInstanceOf(NotFoundException.class);

		assertThat(apigw.deleteIntegration((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("POST"))
			.sdkHttpResponse()
			.statusCode()).isEqualTo(204);
		assertThatThrownBy(() -> apigw.getIntegration((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("POST")))
			.isInstanceOf(NotFoundException.class);

		assertThat(apigw.deleteMethod((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("POST"))
			.sdkHttpResponse()
			.statusCode()).isEqualTo(204);
		assertThatThrownBy(() -> apigw.getMethod((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("POST")))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void integrationResponseHeadersNeedTheMethodResponseToDeclareThem() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("respmap")));
		String root = api.rootResourceId();
		apigw.putMethod((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("GET").authorizationType("NONE"));
		apigw
			.putIntegration((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("GET").type(IntegrationType.MOCK));

		assertThatThrownBy(() -> apigw.putIntegrationResponse((b) -> b.restApiId(api.id())
			.resourceId(root)
			.httpMethod("GET")
			.statusCode("200")
			.responseParameters(Map.of("method.response.header.Content-Type", "'*/*'"))))
			.isInstanceOfSatisfying(BadRequestException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
						.isEqualTo("Invalid mapping expression specified: Validation Result: warnings : [], "
								+ "errors : [No method response exists for method.]"));

		apigw.putMethodResponse((b) -> b.restApiId(api.id())
			.resourceId(root)
			.httpMethod("GET")
			.statusCode("200")
			.responseParameters(Map.of("method.response.header.Content-Type", false)));
		assertThatThrownBy(() -> apigw.putIntegrationResponse((b) -> b.restApiId(api.id())
			.resourceId(root)
			.httpMethod("GET")
			.statusCode("200")
			.responseParameters(Map.of("method.response.header.X-Other", "'x'"))))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.contains("Invalid mapping expression parameter specified: method.response.header.X-Other"));

		apigw.putIntegrationResponse((b) -> b.restApiId(api.id())
			.resourceId(root)
			.httpMethod("GET")
			.statusCode("200")
			.responseParameters(
					Map.of("method.response.header.Content-Type", "integration.response.header.Content-Type")));
		assertThat(apigw
			.getIntegrationResponse((b) -> b.restApiId(api.id()).resourceId(root).httpMethod("GET").statusCode("200"))
			.responseParameters()).containsExactlyEntriesOf(
					Map.of("method.response.header.Content-Type", "integration.response.header.Content-Type"));
	}

	@Test
	void updateMethodChangesValidatorAndRequestParameters() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("updmethod"));
		var validator = apigw
			.createRequestValidator((b) -> b.restApiId(seed.apiId()).name("params").validateRequestParameters(true));

		var updated = apigw.updateMethod((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("GET")
			.patchOperations((p) -> p.op(Op.REPLACE).path("/requestValidatorId").value(validator.id()),
					(p) -> p.op(Op.ADD).path("/requestParameters/method.request.header.Accept").value("false"),
					(p) -> p.op(Op.REPLACE).path("/operationName").value("GetImage")));

		assertThat(updated.requestValidatorId()).isEqualTo(validator.id());
		var read = apigw.getMethod((b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET"));
		assertThat(read.requestValidatorId()).isEqualTo(validator.id());
		assertThat(read.operationName()).isEqualTo("GetImage");
		assertThat(read.requestParameters()).containsExactlyInAnyOrderEntriesOf(
				Map.of("method.request.querystring.image", true, "method.request.header.Accept", false));
		assertThat(read.methodIntegration().uri()).as("the integration stays").isEqualTo(SeedApi.S3_URI);

		assertThatThrownBy(() -> apigw.updateMethod((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("GET")
			.patchOperations((p) -> p.op(Op.REPLACE).path("/requestValidatorId").value("nope12"))))
			.isInstanceOf(BadRequestException.class);
	}

	@Test
	void twoIntegrationResponsesCannotShareASelectionPattern() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("patterns"));
		apigw.putIntegrationResponse(
				(b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET").statusCode("500"));

		assertThatThrownBy(() -> apigw.putIntegrationResponse(
				(b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET").statusCode("502")))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(409);
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Integration response with selection pattern default already exists");
			});
		assertThatThrownBy(() -> apigw.putIntegrationResponse((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("GET")
			.statusCode("201")
			.selectionPattern("2\\d{2}"))).isInstanceOf(ConflictException.class);
		assertThat(
				apigw.getIntegration((b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET"))
					.integrationResponses())
			.containsOnlyKeys("200", "500");
	}

}

package dev.imagegate.localcloud.apigateway;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AWS's errors, word for word, for each case as LocalStack's AWS-recorded snapshots show
 * it (tests/aws/services/apigateway/test_apigateway_api.snapshot.json, named by test and
 * key). Which identifier is reported when several are wrong, ValidationException for the
 * model's enums and patterns (before any lookup, with no {@code message} member),
 * BadRequestException for the rest.
 */
@LocalCloudTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorConformanceTest {

	private static final String METHOD = "/restapis/{api}/resources/{res}/methods/";

	@Autowired
	ApiGatewayClient apigw;

	@Autowired
	LocalCloud localCloud;

	private Map<String, String> ids;

	/**
	 * An API with /pets: GET (MOCK, responses 200), POST (no integration), a validator, a
	 * stage.
	 */
	@BeforeAll
	void seed() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("errors")));
		String res = apigw.createResource((b) -> b.restApiId(api.id()).parentId(api.rootResourceId()).pathPart("pets"))
			.id();
		for (String method : new String[] { "GET", "POST" }) {
			apigw.putMethod((b) -> b.restApiId(api.id()).resourceId(res).httpMethod(method).authorizationType("NONE"));
		}
		apigw.putIntegration((b) -> b.restApiId(api.id()).resourceId(res).httpMethod("GET").type(IntegrationType.MOCK));
		apigw.putMethodResponse((b) -> b.restApiId(api.id()).resourceId(res).httpMethod("GET").statusCode("200"));
		apigw.putIntegrationResponse((b) -> b.restApiId(api.id()).resourceId(res).httpMethod("GET").statusCode("200"));
		apigw
			.putIntegration((b) -> b.restApiId(api.id()).resourceId(res).httpMethod("POST").type(IntegrationType.MOCK));
		String validator = apigw.createRequestValidator((b) -> b.restApiId(api.id()).name("v1")).id();
		apigw.createDeployment((b) -> b.restApiId(api.id()).stageName("test"));
		apigw.deleteIntegration((b) -> b.restApiId(api.id()).resourceId(res).httpMethod("POST"));
		ids = Map.of("{api}", api.id(), "{root}", api.rootResourceId(), "{res}", res, "{validator}", validator);
	}

	/**
	 * @param body JSON with {@code `} for {@code "}, so that the table stays readable
	 */
	record Case(String source, String method, String path, String body, int status, String code, String message) {

		@Override
		public String toString() {
			return source;
		}

	}

	static Stream<Case> cases() {
		return Stream.of(
				// which identifier AWS names
				new Case("test_update_rest_api_invalid_api_id", "PATCH", "/restapis/nope", "{`patchOperations`: []}",
						404, "NotFoundException", "Invalid API identifier specified 000000000000:nope"),
				new Case("test_put_method_validation wrong-api", "PUT", "/restapis/nope/resources/{res}/methods/GET",
						"{`authorizationType`: `NONE`}", 404, "NotFoundException",
						"Invalid Resource identifier specified"),
				new Case("test_create_resource_parent_invalid (the parent before the path part)", "POST",
						"/restapis/{api}/resources/nope", "{`pathPart`: `us{er`}", 404, "NotFoundException",
						"Invalid Resource identifier specified"),
				new Case("test_put_method_validation wrong-resource", "PUT",
						"/restapis/{api}/resources/nope/methods/GET", "{`authorizationType`: `NONE`}", 404,
						"NotFoundException", "Invalid Resource identifier specified"),
				new Case("test_get_integration_non_existent get-integration-no-api", "GET",
						"/restapis/nope/resources/{res}/methods/GET/integration", "", 404, "NotFoundException",
						"Invalid Resource identifier specified"),
				new Case("test_get_integration_non_existent get-integration-no-method", "GET",
						METHOD + "PUT/integration", "", 404, "NotFoundException",
						"Invalid Method identifier specified"),
				new Case("test_get_integration_non_existent get-integration-no-integration", "GET",
						METHOD + "POST/integration", "", 404, "NotFoundException",
						"Invalid Integration identifier specified"),
				new Case("test_integration_response_wrong_status_code", "GET", METHOD + "GET/integration/responses/404",
						"", 404, "NotFoundException", "Invalid Response status code specified"),
				new Case("test_delete_integration_response_errors bad-method", "DELETE",
						METHOD + "PATCH/integration/responses/200", "", 404, "NotFoundException",
						"Invalid Integration identifier specified"),
				new Case("test_invalid_get_request_validator invalid-api-id", "GET",
						"/restapis/nope/requestvalidators/{validator}", "", 404, "NotFoundException",
						"Invalid Request Validator identifier specified"),
				new Case("test_create_request_validator_invalid_api_id", "POST", "/restapis/nope/requestvalidators",
						"{`name`: `v`}", 400, "BadRequestException", "Invalid REST API identifier specified"),
				new Case("test_invalid_get_request_validators", "GET", "/restapis/nope/requestvalidators", "", 404,
						"NotFoundException", "Invalid API identifier specified 000000000000:nope"),
				new Case("GetStage, an unknown stage", "GET", "/restapis/{api}/stages/nope", "", 404,
						"NotFoundException", "Invalid Stage identifier specified"),
				new Case("test_put_method_validation invalid-request-validator", "PUT",
						"/restapis/{api}/resources/{root}/methods/GET",
						"{`authorizationType`: `NONE`, `requestValidatorId`: `nope`}", 400, "BadRequestException",
						"Invalid Request Validator identifier specified"),
				// the model's constraints, before any lookup
				new Case("test_integration_response_invalid_statuscode", "GET",
						"/restapis/nope/resources/nope/methods/GET/integration/responses/wrong", "", 400,
						"ValidationException",
						"1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: "
								+ "Member must satisfy regular expression pattern: [1-5]\\d\\d"),
				new Case("moto test_create_rest_api_invalid_apikeysource", "POST", "/restapis",
						"{`name`: `n`, `apiKeySource`: `BODY`}", 400, "ValidationException",
						"1 validation error detected: Value 'BODY' at 'createRestApiInput.apiKeySource' "
								+ "failed to satisfy constraint: Member must satisfy enum value set: "
								+ "[AUTHORIZER, HEADER]"),
				new Case("moto test_update_rest_api (AWS names CreateRestApi's input)", "PATCH", "/restapis/{api}",
						"{`patchOperations`: [{`op`: `replace`, `path`: `/apiKeySource`, `value`: "
								+ "`Wrong-value-AUTHORIZER`}]}",
						400, "ValidationException",
						"1 validation error detected: Value 'Wrong-value-AUTHORIZER' at "
								+ "'createRestApiInput.apiKeySource' failed to satisfy constraint: Member must satisfy "
								+ "enum value set: [AUTHORIZER, HEADER]"),
				new Case(
						"test_create_rest_api_with_endpoint_configuration "
								+ "create-with-invalid-ip-address-type-and-types",
						"POST", "/restapis",
						"{`name`: `n`, `endpointConfiguration`: {`types`: [`wrong`], `ipAddressType`: `wrong`}}", 400,
						"ValidationException",
						"2 validation errors detected: Value '[wrong]' at "
								+ "'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: "
								+ "Member must satisfy constraint: "
								+ "[Member must satisfy enum value set: [PRIVATE, EDGE, REGIONAL]]; "
								+ "Value 'wrong' at 'createRestApiInput.endpointConfiguration.ipAddressType' "
								+ "failed to satisfy constraint: "
								+ "Member must satisfy enum value set: [ipv4, dualstack]"),
				new Case("test_put_integration_wrong_type", "PUT", METHOD + "GET/integration",
						"{`type`: `HTTPS_PROXY`}", 400, "ValidationException",
						"1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' "
								+ "failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, "
								+ "AWS_PROXY, HTTP_PROXY, AWS]"),
				new Case("test_update_rest_api_concatenation_of_errors", "PATCH", "/restapis/{api}",
						"{`patchOperations`: [{`op`: `wrong`, `path`: `/name`}, {`op`: `wrong`, `path`: `/name`}]}",
						400, "ValidationException",
						"2 validation errors detected: Value 'wrong' at "
								+ "'updateRestApiInput.patchOperations.1.member.op' failed to satisfy constraint: "
								+ "Member must satisfy enum value set: [add, remove, move, test, replace, copy]; "
								+ "Value 'wrong' at 'updateRestApiInput.patchOperations.2.member.op' "
								+ "failed to satisfy constraint: "
								+ "Member must satisfy enum value set: [add, remove, move, test, replace, copy]"),
				new Case("test_update_method_response_negative_tests invalid-statuscode-and-wrong-op", "PATCH",
						METHOD + "GET/responses/wrong", "{`patchOperations`: [{`op`: `wrong_op`, `path`: `/x`}]}", 400,
						"ValidationException",
						"2 validation errors detected: Value 'wrong_op' at "
								+ "'updateMethodResponseInput.patchOperations.1.member.op' "
								+ "failed to satisfy constraint: "
								+ "Member must satisfy enum value set: [add, remove, move, test, replace, copy]; "
								+ "Value 'wrong' at 'statusCode' failed to satisfy constraint: "
								+ "Member must satisfy regular expression pattern: [1-5]\\d\\d"),
				new Case("test_update_method_response_negative_tests update-method-response-wrong-statuscode", "PATCH",
						METHOD + "GET/responses/404", "{`patchOperations`: []}", 404, "NotFoundException",
						"Invalid Response status code specified"),
				new Case("test_update_method_lack_response_parameters_and_models without-response-parameters", "PATCH",
						METHOD + "GET/responses/200",
						"{`patchOperations`: [{`op`: `remove`, `path`: "
								+ "`/responseParameters/method.response.header.my-header`}]}",
						404, "NotFoundException", "Invalid parameter name specified"),
				new Case("test_update_method_lack_response_parameters_and_models without-response-models", "PATCH",
						METHOD + "GET/responses/200",
						"{`patchOperations`: [{`op`: `remove`, `path`: `/responseModels/application~1json`}]}", 404,
						"NotFoundException", "Content-Type specified was not found"),
				new Case("test_update_method_lack_response_parameters_and_models with-wrong-path", "PATCH",
						METHOD + "GET/responses/200",
						"{`patchOperations`: [{`op`: `add`, `path`: `/wrong/method.response.header.my-header`, "
								+ "`value`: `true`}]}",
						400, "BadRequestException", "Invalid patch path /wrong/method.response.header.my-header"),
				new Case("test_put_integration_request_parameter_bool_type", "PUT", METHOD + "GET/integration",
						"{`type`: `MOCK`, `requestParameters`: {`integration.request.header.x`: true}}", 400,
						"SerializationException", "class java.lang.Boolean can not be converted to an String"),
				// semantic refusals
				new Case("test_create_rest_api_with_optional_params create-empty-desc", "POST", "/restapis",
						"{`name`: `n`, `description`: ``}", 400, "BadRequestException",
						"Description cannot be an empty string"),
				new Case("test_create_rest_api_with_optional_params string-compression-size", "POST", "/restapis",
						"{`name`: `n`, `minimumCompressionSize`: -1}", 400, "BadRequestException",
						"Invalid minimum compression size, must be between 0 and 10485760"),
				new Case("test_create_rest_api_with_endpoint_configuration create-with-empty-types", "POST",
						"/restapis", "{`name`: `n`, `endpointConfiguration`: {`types`: []}}", 400,
						"BadRequestException",
						"REGIONAL Configuration and EDGE Configuration cannot be both DISABLED."),
				new Case("test_create_rest_api_with_endpoint_configuration create-with-two-types", "POST", "/restapis",
						"{`name`: `n`, `endpointConfiguration`: {`types`: [`EDGE`, `REGIONAL`]}}", 400,
						"BadRequestException", "Cannot create an api with multiple Endpoint Types."),
				new Case("test_create_rest_api_private_type ipv4", "POST", "/restapis",
						"{`name`: `n`, `endpointConfiguration`: {`types`: [`PRIVATE`], `ipAddressType`: `ipv4`}}", 400,
						"BadRequestException", "Only dualstack ipAddressType is supported for Private APIs."),
				new Case("test_update_rest_api_compression unsupported-operation", "PATCH", "/restapis/{api}",
						"{`patchOperations`: [{`op`: `add`, `path`: `/minimumCompressionSize`, `value`: `10`}]}", 400,
						"BadRequestException", "Invalid patch operation specified. Must be one of: [replace]"),
				new Case("test_update_rest_api_ip_address_type update-rest-api-wrong-ipAddressType", "PATCH",
						"/restapis/{api}",
						"{`patchOperations`: [{`op`: `replace`, `path`: `/endpointConfiguration/ipAddressType`, "
								+ "`value`: `x`}]}",
						400, "BadRequestException", "ipAddressType must be either ipv4 or dualstack."),
				new Case("test_method_request_parameters req-params-same-name", "PUT",
						"/restapis/{api}/resources/{root}/methods/GET",
						"{`authorizationType`: `NONE`, `requestParameters`: {`method.request.querystring.q`: true, "
								+ "`method.request.header.q`: false}}",
						400, "BadRequestException",
						"Parameter names must be unique across querystring, header and path"),
				new Case("test_put_method_validation missing-authorizer-id", "PUT",
						"/restapis/{api}/resources/{root}/methods/GET", "{`authorizationType`: `CUSTOM`}", 400,
						"BadRequestException",
						"Invalid authorizer ID specified. Setting the authorization type to CUSTOM or "
								+ "COGNITO_USER_POOLS requires a valid authorizer."),
				new Case("test_put_method_validation invalid-model-name", "PUT",
						"/restapis/{api}/resources/{root}/methods/GET",
						"{`authorizationType`: `NONE`, `requestModels`: {`application/json`: `petModel`}}", 400,
						"BadRequestException", "Invalid model identifier specified: petModel"),
				new Case("moto test_integration_response AWS_PROXY to S3", "PUT", METHOD + "GET/integration",
						"{`type`: `AWS_PROXY`, `httpMethod`: `GET`, `uri`: `arn:aws:apigateway:us-east-1:s3:path/b/k`}",
						400, "BadRequestException",
						"Integrations of type 'AWS_PROXY' currently only supports Lambda function "
								+ "and Firehose stream invocations."),
				new Case("test_update_method_validation unsupported-operation", "PATCH", METHOD + "GET",
						"{`patchOperations`: [{`op`: `add`, `path`: `/operationName`, `value`: `x`}]}", 400,
						"BadRequestException", "Invalid patch operation specified. Must be one of: [replace]"),
				new Case("test_update_method_validation unsupported-path", "PATCH", METHOD + "GET",
						"{`patchOperations`: [{`op`: `replace`, `path`: `/httpMethod`, `value`: `POST`}]}", 400,
						"BadRequestException", "Invalid patch path /httpMethod"),
				new Case("test_update_resource_behaviour invalid-path-part", "PATCH", "/restapis/{api}/resources/{res}",
						"{`patchOperations`: [{`op`: `replace`, `path`: `/invalid`, `value`: `x`}]}", 400,
						"BadRequestException",
						"Invalid patch path  '/invalid' specified for op 'replace'. Must be one of: "
								+ "[/parentId, /pathPart]"),
				new Case("test_update_resource_behaviour remove-unsupported", "PATCH",
						"/restapis/{api}/resources/{res}",
						"{`patchOperations`: [{`op`: `remove`, `path`: `/pathPart`}]}", 400, "BadRequestException",
						"Invalid patch path  '/pathPart' specified for op 'remove'. "
								+ "Please choose supported operations"),
				new Case("test_update_resource_on_root update-root-path-part", "PATCH",
						"/restapis/{api}/resources/{root}",
						"{`patchOperations`: [{`op`: `replace`, `path`: `/pathPart`, `value`: `x`}]}", 400,
						"BadRequestException", "Root resource cannot update its pathPart."),
				new Case("test_update_resource_behaviour update-parent-id-to-subresource-id", "PATCH",
						"/restapis/{api}/resources/{root}",
						"{`patchOperations`: [{`op`: `replace`, `path`: `/parentId`, `value`: `{res}`}]}", 400,
						"BadRequestException", "Root resource cannot update its parentId."),
				new Case("test_invalid_update_request_validator_operations invalid-add-operation", "PATCH",
						"/restapis/{api}/requestvalidators/{validator}",
						"{`patchOperations`: [{`op`: `add`, `path`: `/validateRequestBody`, `value`: `true`}]}", 400,
						"BadRequestException",
						"Invalid patch path  '/validateRequestBody' specified for op 'add'. "
								+ "Please choose supported operations"),
				new Case("test_invalid_update_request_validator_operations invalid-path", "PATCH",
						"/restapis/{api}/requestvalidators/{validator}",
						"{`patchOperations`: [{`op`: `replace`, `path`: `/invalidPath`, `value`: `x`}]}", 400,
						"BadRequestException",
						"Invalid patch path  '/invalidPath' specified for op 'replace'. "
								+ "Must be one of: [/name, /validateRequestParameters, /validateRequestBody]"),
				new Case("test_invalid_update_request_validator_operations empty-name-value", "PATCH",
						"/restapis/{api}/requestvalidators/{validator}",
						"{`patchOperations`: [{`op`: `replace`, `path`: `/name`, `value`: ``}]}", 400,
						"BadRequestException", "Request Validator name cannot be blank"),
				new Case("terraform-provider-aws method_settings delete (AWS's message)", "PATCH",
						"/restapis/{api}/stages/test", "{`patchOperations`: [{`op`: `remove`, `path`: `/*/*`}]}", 400,
						"BadRequestException",
						"Cannot remove method setting */* because there is no method setting for this method "),
				new Case("LocalStack STAGE_UPDATE_PATHS (extracted from AWS's answers)", "PATCH",
						"/restapis/{api}/stages/test",
						"{`patchOperations`: [{`op`: `replace`, `path`: `/*/*/throttling/wrong`, `value`: `1`}]}", 400,
						"BadRequestException", "Invalid method setting path: /*/*/throttling/wrong. Must be one of: "
								+ StageMethodSettings.VALID_PATHS));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void answersAsAws(Case c) throws Exception {
		HttpResponse<String> response = new ControlPlaneHttp(localCloud.endpoint()).send(c.method(), fill(c.path()),
				fill(c.body().replace('`', '"')));

		assertThat(response.statusCode()).isEqualTo(c.status());
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(c.code());
		JsonNode body = JsonMapper.builder().build().readTree(response.body());
		boolean modeled = !c.code().equals("ValidationException") && !c.code().equals("SerializationException");
		assertThat(body.has("message")).as("a modeled error has a message member").isEqualTo(modeled);
		assertThat(body.path(modeled ? "message" : "Message").asString()).isEqualTo(c.message());
	}

	private String fill(String text) {
		String filled = text;
		for (Map.Entry<String, String> id : ids.entrySet()) {
			filled = filled.replace(id.getKey(), id.getValue());
		}
		return filled;
	}

}

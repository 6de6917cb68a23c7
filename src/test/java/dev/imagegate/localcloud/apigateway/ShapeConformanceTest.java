package dev.imagegate.localcloud.apigateway;

import java.util.List;
import java.util.Map;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.CacheClusterStatus;
import software.amazon.awssdk.services.apigateway.model.ConflictException;
import software.amazon.awssdk.services.apigateway.model.EndpointType;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.Resource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Answers shaped as AWS shapes them: members present or absent, defaults and orders, as
 * LocalStack's AWS-recorded test_apigateway_api snapshots show them (named by test and
 * key).
 */
@LocalCloudTest
class ShapeConformanceTest {

	@Autowired
	ApiGatewayClient apigw;

	// test_create_rest_api_verify_defaults: create-with-edge-default,
	// create-with-private-default
	@Test
	void endpointDefaultsAreEdgeOverIpv4AndPrivateOverDualstack() {
		var edge = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("edge")));
		var unprivate = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("private"))
			.endpointConfiguration((e) -> e.types(EndpointType.PRIVATE)));

		assertThat(edge.endpointConfiguration().types()).containsExactly(EndpointType.EDGE);
		assertThat(edge.endpointConfiguration().ipAddressTypeAsString()).isEqualTo("ipv4");
		assertThat(unprivate.endpointConfiguration().ipAddressTypeAsString()).isEqualTo("dualstack");
	}

	// test_update_rest_api_operation_add_remove: update-rest-api-add, -replace, -remove
	// ("tags": {})
	@Test
	void updateAnswersWithTagsAndReplacesABinaryTypeAtTheEnd() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("binary")).description("this is my api"));
		var added = apigw.updateRestApi((b) -> b.restApiId(api.id())
			.patchOperations((p) -> p.op(Op.ADD).path("/binaryMediaTypes/image~1png"),
					(p) -> p.op(Op.ADD).path("/binaryMediaTypes/image~1jpeg")));
		var replaced = apigw.updateRestApi((b) -> b.restApiId(api.id())
			.patchOperations((p) -> p.op(Op.REPLACE).path("/binaryMediaTypes/image~1png").value("image/gif")));
		var removed = apigw.updateRestApi((b) -> b.restApiId(api.id())
			.patchOperations((p) -> p.op(Op.REMOVE).path("/binaryMediaTypes/image~1gif"),
					(p) -> p.op(Op.REMOVE).path("/description")));

		assertThat(added.binaryMediaTypes()).containsExactly("image/png", "image/jpeg");
		assertThat(added.hasTags()).isTrue();
		assertThat(added.tags()).isEmpty();
		assertThat(replaced.binaryMediaTypes()).containsExactly("image/jpeg", "image/gif");
		assertThat(removed.binaryMediaTypes()).containsExactly("image/jpeg");
		assertThat(removed.description()).isNull();
		assertThat(apigw.getRestApi((b) -> b.restApiId(api.id())).hasTags()).isFalse();
	}

	// moto test_integrations: authorizationType "none" kept as sent, tlsConfig and
	// connectionType echoed
	@Test
	void methodsTakeAuthorizationTypeInAnyCaseAndIntegrationsEchoTlsConfig() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("moto")));
		var method = apigw.putMethod((b) -> b.restApiId(api.id())
			.resourceId(api.rootResourceId())
			.httpMethod("GET")
			.authorizationType("none"));
		var http = apigw.putIntegration((b) -> b.restApiId(api.id())
			.resourceId(api.rootResourceId())
			.httpMethod("GET")
			.type(IntegrationType.HTTP)
			.integrationHttpMethod("POST")
			.uri("http://httpbin.org/robots.txt")
			.tlsConfig((t) -> t.insecureSkipVerification(true))
			.connectionType("INTERNET"));

		assertThat(method.authorizationType()).isEqualTo("none");
		assertThat(http.tlsConfig().insecureSkipVerification()).isTrue();
		assertThat(http.connectionTypeAsString()).isEqualTo("INTERNET");
	}

	// test_lifecycle_integration_response: get-method (a MOCK integration has no
	// connectionType)
	@Test
	void integrationsHaveNoConnectionTypeUnlessGivenAndLoseEmptyResponseMaps() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("shapes"));
		apigw.putMethod((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("POST")
			.authorizationType("NONE"));
		var mock = apigw.putIntegration((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("POST")
			.type(IntegrationType.MOCK));
		var aws = apigw
			.getIntegration((b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET"));

		assertThat(mock.connectionType()).isNull();
		// the developer guide's put-integration example: an HTTP integration is on the
		// INTERNET unless told
		var http = apigw.putIntegration((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("POST")
			.type(IntegrationType.HTTP)
			.integrationHttpMethod("GET")
			.uri("http://petstore-demo-endpoint.execute-api.com/pets"));
		assertThat(http.connectionTypeAsString()).isEqualTo("INTERNET");
		assertThat(mock.cacheKeyParameters()).isEmpty();
		assertThat(mock.timeoutInMillis()).isEqualTo(29000);
		assertThat(mock.passthroughBehavior()).isEqualTo("WHEN_NO_MATCH");
		assertThat(aws.connectionType()).isNull();

		apigw.deleteIntegrationResponse(
				(b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET").statusCode("200"));
		apigw.deleteMethodResponse(
				(b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET").statusCode("200"));
		var method = apigw.getMethod((b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET"));
		assertThat(method.methodIntegration().hasIntegrationResponses()).isFalse();
		assertThat(method.hasMethodResponses()).isFalse();
	}

	// test_create_proxy_resource: all-resources (listed by path, not by creation)
	@Test
	void resourcesAreListedByPath() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("order")));
		String proxy = create(api.id(), api.rootResourceId(), "{proxy+}");
		String parent = create(api.id(), api.rootResourceId(), "parent");
		create(api.id(), parent, "{proxy+}");
		create(api.id(), create(api.id(), parent, "child"), "{proxy+}");

		List<String> paths = apigw.getResources((b) -> b.restApiId(api.id()))
			.items()
			.stream()
			.map(Resource::path)
			.toList();

		assertThat(paths).containsExactly("/", "/parent", "/parent/child", "/parent/child/{proxy+}", "/parent/{proxy+}",
				"/{proxy+}");
		assertThat(proxy).isNotBlank();
	}

	// test_update_resource_behaviour: update-parent-id-to-root-id,
	// update-path-already-exists
	@Test
	void updateResourceMovesASubtreeAndKeepsSiblingNamesUnique() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("move")));
		String pets = create(api.id(), api.rootResourceId(), "pets");
		String subpets = create(api.id(), pets, "subpets");
		String child = create(api.id(), subpets, "pets");

		var moved = apigw.updateResource((b) -> b.restApiId(api.id())
			.resourceId(subpets)
			.patchOperations((p) -> p.op(Op.REPLACE).path("/parentId").value(api.rootResourceId())));

		assertThat(moved.path()).isEqualTo("/subpets");
		assertThat(moved.parentId()).isEqualTo(api.rootResourceId());
		assertThat(apigw.getResource((b) -> b.restApiId(api.id()).resourceId(child)).path()).isEqualTo("/subpets/pets");
		assertThatThrownBy(() -> apigw.updateResource((b) -> b.restApiId(api.id())
			.resourceId(subpets)
			.patchOperations((p) -> p.op(Op.REPLACE).path("/pathPart").value("pets"))))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Another resource with the same parent already has this name: pets"));
	}

	// test_update_method_response (add, then remove), test_lifecycle_integration_response
	// update-integration-response,
	// test_create_integration_with_vpc_link update-integration-vpc-link
	@Test
	void methodResponsesIntegrationsAndIntegrationResponsesArePatched() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("parts"));
		var added = apigw.updateMethodResponse((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("GET")
			.statusCode("200")
			.patchOperations((p) -> p.op(Op.ADD).path("/responseModels/application~1json").value("Empty"),
					(p) -> p.op(Op.REMOVE).path("/responseParameters/method.response.header.Content-Type")));
		var integration = apigw.updateIntegration((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("GET")
			.patchOperations((p) -> p.op(Op.REPLACE).path("/connectionId").value("${stageVariables.vpcLinkIdBeta}")));
		var response = apigw.updateIntegrationResponse((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("GET")
			.statusCode("200")
			.patchOperations((p) -> p.op(Op.REPLACE).path("/selectionPattern").value("updated-pattern")));

		assertThat(added.responseModels()).containsExactlyEntriesOf(Map.of("application/json", "Empty"));
		assertThat(added.hasResponseParameters()).isFalse();
		assertThat(integration.connectionId()).isEqualTo("${stageVariables.vpcLinkIdBeta}");
		assertThat(response.selectionPattern()).isEqualTo("updated-pattern");
		assertThat(response.statusCode()).isEqualTo("200");
	}

	// test_update_method: update-method-add, update-method-remove
	@Test
	void updateMethodAddsAndRemovesRequestParametersAndModels() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("method"));
		var added = apigw.updateMethod((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("GET")
			.patchOperations(
					(p) -> p.op(Op.ADD).path("/requestParameters/method.request.querystring.optional").value("true"),
					(p) -> p.op(Op.ADD).path("/requestModels/application~1json").value("Empty")));
		var removed = apigw.updateMethod((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("GET")
			.patchOperations((p) -> p.op(Op.REMOVE).path("/requestModels/application~1json")));

		assertThat(added.requestParameters()).containsEntry("method.request.querystring.optional", true);
		assertThat(added.requestModels()).containsExactlyEntriesOf(Map.of("application/json", "Empty"));
		assertThat(removed.hasRequestModels()).isFalse();
	}

	// LocalStack STAGE_UPDATE_PATHS; terraform-provider-aws method_settings (keys
	// {path}/{METHOD}, */*)
	@Test
	void stagesTakeCacheClusterAccessLogsAndInheritStageWideMethodSettings() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("stage"));
		apigw.createDeployment((b) -> b.restApiId(seed.apiId()).stageName("test"));

		var stage = apigw.updateStage((b) -> b.restApiId(seed.apiId())
			.stageName("test")
			.patchOperations((p) -> p.op(Op.REPLACE).path("/cacheClusterEnabled").value("true"),
					(p) -> p.op(Op.REPLACE).path("/accessLogSettings/format").value("$context.requestId"),
					(p) -> p.op(Op.REPLACE)
						.path("/accessLogSettings/destinationArn")
						.value("arn:aws:logs:us-east-1:000000000000:log-group:access"),
					(p) -> p.op(Op.REPLACE).path("/*/*/throttling/rateLimit").value("100"),
					(p) -> p.op(Op.REPLACE).path("/~1s3/GET/metrics/enabled").value("true")));

		assertThat(stage.cacheClusterEnabled()).isTrue();
		assertThat(stage.cacheClusterSize()).isEqualTo("0.5");
		assertThat(stage.cacheClusterStatus()).isEqualTo(CacheClusterStatus.AVAILABLE);
		assertThat(stage.accessLogSettings().format()).isEqualTo("$context.requestId");
		var all = stage.methodSettings().get("*/*");
		assertThat(all.throttlingRateLimit()).isEqualTo(100.0);
		assertThat(all.throttlingBurstLimit()).isEqualTo(5000);
		assertThat(all.loggingLevel()).as("no logging level until one is set").isNull();
		var s3 = stage.methodSettings().get("s3/GET");
		assertThat(s3.metricsEnabled()).isTrue();
		assertThat(s3.throttlingRateLimit()).as("inherited from */*").isEqualTo(100.0);

		var removed = apigw.updateStage((b) -> b.restApiId(seed.apiId())
			.stageName("test")
			.patchOperations((p) -> p.op(Op.REMOVE).path("/accessLogSettings"), (p) -> p.op(Op.REMOVE).path("/*/*")));
		assertThat(removed.accessLogSettings()).isNull();
		assertThat(removed.methodSettings()).containsOnlyKeys("s3/GET");
	}

	private String create(String apiId, String parentId, String pathPart) {
		return apigw.createResource((b) -> b.restApiId(apiId).parentId(parentId).pathPart(pathPart)).id();
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.Map;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's whole API Gateway configuration, made through the SDK and read back exactly.
 */
@LocalCloudTest
class SeedConfigurationTest {

	@Autowired
	ApiGatewayClient apigw;

	@Test
	void seedStepsReadBackExactly() {
		String name = SeedApi.uniqueName("seed");
		SeedApi seed = SeedApi.create(apigw, name);
		var deployment = apigw.createDeployment((b) -> b.restApiId(seed.apiId()).stageName("test"));

		var api = apigw.getRestApi((b) -> b.restApiId(seed.apiId()));
		assertThat(api.name()).isEqualTo(name);
		assertThat(api.binaryMediaTypes()).containsExactly("*/*");
		assertThat(api.rootResourceId()).isEqualTo(seed.rootId());

		var resource = apigw.getResource((b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()));
		assertThat(resource.path()).isEqualTo("/s3");
		assertThat(resource.pathPart()).isEqualTo("s3");
		assertThat(resource.parentId()).isEqualTo(seed.rootId());
		assertThat(resource.resourceMethods()).containsOnlyKeys("GET");

		var method = apigw.getMethod((b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET"));
		assertThat(method.httpMethod()).isEqualTo("GET");
		assertThat(method.authorizationType()).isEqualTo("NONE");
		assertThat(method.apiKeyRequired()).isFalse();
		assertThat(method.requestParameters())
			.containsExactlyEntriesOf(Map.of("method.request.querystring.image", true));
		assertThat(method.methodResponses()).containsOnlyKeys("200");
		assertThat(method.methodResponses().get("200").responseParameters())
			.containsExactlyEntriesOf(Map.of("method.response.header.Content-Type", false));

		var integration = method.methodIntegration();
		assertThat(integration.type()).isEqualTo(IntegrationType.AWS);
		assertThat(integration.httpMethod()).isEqualTo("GET");
		assertThat(integration.uri()).isEqualTo(SeedApi.S3_URI);
		assertThat(integration.credentials()).isEqualTo(SeedApi.ROLE_ARN);
		assertThat(integration.requestParameters()).isEqualTo(Map.of("integration.request.path.image",
				"method.request.querystring.image", "integration.request.header.Accept", "'*/*'"));
		assertThat(integration.passthroughBehavior()).isEqualTo("WHEN_NO_MATCH");
		assertThat(integration.timeoutInMillis()).isEqualTo(29000);
		assertThat(integration.cacheNamespace()).isEqualTo(seed.resourceId());
		assertThat(integration.cacheKeyParameters()).isEmpty();
		assertThat(integration.integrationResponses()).containsOnlyKeys("200");
		var integrationResponse = integration.integrationResponses().get("200");
		assertThat(integrationResponse.selectionPattern()).isEqualTo("2\\d{2}");
		assertThat(integrationResponse.responseParameters())
			.containsExactlyEntriesOf(Map.of("method.response.header.Content-Type", "'*/*'"));

		var direct = apigw
			.getIntegration((b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET"));
		assertThat(direct.uri()).isEqualTo(SeedApi.S3_URI);
		assertThat(direct.integrationResponses()).containsOnlyKeys("200");

		var stage = apigw.getStage((b) -> b.restApiId(seed.apiId()).stageName("test"));
		assertThat(stage.deploymentId()).isEqualTo(deployment.id());
		assertThat(stage.stageName()).isEqualTo("test");
		assertThat(apigw.getDeployments((b) -> b.restApiId(seed.apiId())).items()).extracting((d) -> d.id())
			.containsExactly(deployment.id());
	}

}

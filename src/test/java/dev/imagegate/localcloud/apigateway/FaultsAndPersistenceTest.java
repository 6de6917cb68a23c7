package dev.imagegate.localcloud.apigateway;

import java.util.Map;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloudProperties;
import dev.imagegate.localcloud.wire.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.TooManyRequestsException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Injected faults fail an operation without changing anything; the state survives a
 * restart.
 */
@LocalCloudTest
class FaultsAndPersistenceTest {

	@Autowired
	ApiGatewayClient apigw;

	@Autowired
	FaultInjector faults;

	@Autowired
	LocalCloudProperties properties;

	@AfterEach
	void clearFaults() {
		faults.clear();
	}

	@Test
	void injectedFaultFailsCreateRestApiAndCreatesNothing() {
		String name = SeedApi.uniqueName("faulted");
		faults.failNext("CreateRestApi", 1, 400, "BadRequestException", "injected failure");

		assertThatThrownBy(() -> apigw.createRestApi((b) -> b.name(name)))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("BadRequestException");
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("injected failure");
			});
		assertThat(apigw.getRestApis((b) -> b.limit(500)).items()).extracting(RestApi::name).doesNotContain(name);

		var created = apigw.createRestApi((b) -> b.name(name));
		assertThat(apigw.getRestApi((b) -> b.restApiId(created.id())).name()).isEqualTo(name);
	}

	@Test
	void throttledPutIntegrationLeavesNoIntegration() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("throttled")));
		apigw.putMethod((b) -> b.restApiId(api.id())
			.resourceId(api.rootResourceId())
			.httpMethod("GET")
			.authorizationType("NONE"));
		// More failures than the SDK's standard retries, so the call fails for good.
		faults.failNext("PutIntegration", 10, 429, "TooManyRequestsException", "Too Many Requests");

		assertThatThrownBy(() -> apigw.putIntegration((b) -> b.restApiId(api.id())
			.resourceId(api.rootResourceId())
			.httpMethod("GET")
			.type(IntegrationType.MOCK))).isInstanceOfSatisfying(TooManyRequestsException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(429);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("TooManyRequestsException");
			});
		faults.clear();
		assertThatThrownBy(() -> apigw
			.getIntegration((b) -> b.restApiId(api.id()).resourceId(api.rootResourceId()).httpMethod("GET")))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void stateSurvivesANewStoreOnTheSameDataDirectory() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("persist"));
		var deployment = apigw.createDeployment((b) -> b.restApiId(seed.apiId()).stageName("test"));
		apigw.tagResource((b) -> b.resourceArn("arn:aws:apigateway:us-east-1::/restapis/" + seed.apiId())
			.tags(Map.of("imagegate:managed", "true")));

		ApiGatewayStore restarted = new ApiGatewayStore(properties.dataDir().resolve("apigateway/apis"),
				ApiGatewayJson.mapper());
		ApiRecord api = restarted.read((state) -> state.apis.get(seed.apiId()));

		assertThat(api).isNotNull();
		assertThat(api.api.binaryMediaTypes).containsExactly("*/*");
		assertThat(api.api.tags).containsExactlyEntriesOf(Map.of("imagegate:managed", "true"));
		assertThat(api.resources.get(seed.resourceId()).path).isEqualTo("/s3");
		var method = api.resources.get(seed.resourceId()).resourceMethods.get("GET");
		assertThat(method.requestParameters).containsExactlyEntriesOf(Map.of("method.request.querystring.image", true));
		assertThat(method.methodIntegration.uri).isEqualTo(SeedApi.S3_URI);
		assertThat(method.methodIntegration.integrationResponses.get("200").selectionPattern).isEqualTo("2\\d{2}");
		assertThat(api.stages.get("test").deploymentId).isEqualTo(deployment.id());

		StageSnapshot snapshot = new ApiGatewayDeployments(restarted).stageSnapshot(seed.apiId(), "test").orElseThrow();
		assertThat(snapshot.api().resources.get(seed.resourceId()).resourceMethods
			.get("GET").methodIntegration.credentials).isEqualTo(SeedApi.ROLE_ARN);
	}

}

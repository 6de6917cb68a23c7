package dev.imagegate.localcloud.apigateway;

import java.util.Map;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.ConflictException;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.Stage;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CreateDeployment's frozen snapshots, stages and UpdateStage. */
@LocalCloudTest
class DeploymentAndStageOperationsTest {

	@Autowired
	ApiGatewayClient apigw;

	@Autowired
	ApiGatewayDeployments deployments;

	@Test
	void deployingAnApiWithoutMethodsIsBadRequest() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("empty")));
		assertThatThrownBy(() -> apigw.createDeployment((b) -> b.restApiId(api.id()).stageName("test")))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("The REST API doesn't contain any methods");
			});
		assertThat(apigw.getStages((b) -> b.restApiId(api.id())).item()).isEmpty();
		assertThat(apigw.getDeployments((b) -> b.restApiId(api.id())).items()).isEmpty();
	}

	@Test
	void snapshotIsFrozenUntilTheNextDeployment() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("frozen"));
		var first = apigw.createDeployment((b) -> b.restApiId(seed.apiId())
			.stageName("test")
			.description("first")
			.stageDescription("the test stage")
			.variables(Map.of("bucket", "api-gw-image-test-s3")));
		assertThat(first.sdkHttpResponse().statusCode()).isEqualTo(201);
		assertThat(first.description()).isEqualTo("first");

		String otherUri = "arn:aws:apigateway:us-east-1:s3:path/other-bucket/{image}";
		apigw.putIntegration((b) -> b.restApiId(seed.apiId())
			.resourceId(seed.resourceId())
			.httpMethod("GET")
			.type("AWS")
			.integrationHttpMethod("GET")
			.uri(otherUri)
			.requestParameters(Map.of("integration.request.path.image", "method.request.querystring.image")));
		apigw.deleteMethodResponse(
				(b) -> b.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET").statusCode("200"));
		apigw.updateRestApi((b) -> b.restApiId(seed.apiId())
			.patchOperations((p) -> p.op(Op.REMOVE).path("/binaryMediaTypes/*~1*")));

		StageSnapshot frozen = deployments.stageSnapshot(seed.apiId(), "test").orElseThrow();
		assertThat(frozen.deploymentId()).isEqualTo(first.id());
		assertThat(frozen.variables()).containsExactlyEntriesOf(Map.of("bucket", "api-gw-image-test-s3"));
		assertThat(frozen.api().binaryMediaTypes).containsExactly("*/*");
		var frozenMethod = frozen.api().resources.get(seed.resourceId()).resourceMethods.get("GET");
		assertThat(frozenMethod.methodIntegration.uri).isEqualTo(SeedApi.S3_URI);
		assertThat(frozenMethod.methodIntegration.credentials).isEqualTo(SeedApi.ROLE_ARN);
		assertThat(frozenMethod.methodIntegration.integrationResponses.get("200").selectionPattern)
			.isEqualTo("2\\d{2}");
		assertThat(frozenMethod.methodResponses).containsOnlyKeys("200");
		assertThat(frozen.api().resources.get(seed.resourceId()).path).isEqualTo("/s3");
		assertThat(frozen.api().resources.get(seed.rootId()).path).isEqualTo("/");

		var second = apigw.createDeployment((b) -> b.restApiId(seed.apiId()).stageName("test").description("second"));
		StageSnapshot moved = deployments.stageSnapshot(seed.apiId(), "test").orElseThrow();
		assertThat(moved.deploymentId()).isEqualTo(second.id());
		assertThat(moved.api().binaryMediaTypes).isEmpty();
		var movedMethod = moved.api().resources.get(seed.resourceId()).resourceMethods.get("GET");
		assertThat(movedMethod.methodIntegration.uri).isEqualTo(otherUri);
		assertThat(movedMethod.methodResponses).isNullOrEmpty();
		assertThat(deployments.deploymentSnapshot(seed.apiId(), first.id()).orElseThrow().resources
			.get(seed.resourceId()).resourceMethods.get("GET").methodIntegration.uri).isEqualTo(SeedApi.S3_URI);

		var stage = apigw.getStage((b) -> b.restApiId(seed.apiId()).stageName("test"));
		assertThat(stage.deploymentId()).isEqualTo(second.id());
		assertThat(stage.description()).isEqualTo("the test stage");
		assertThat(apigw.getDeployments((b) -> b.restApiId(seed.apiId())).items()).extracting((d) -> d.id())
			.containsExactlyInAnyOrder(first.id(), second.id());
		assertThat(apigw.getDeployment((b) -> b.restApiId(seed.apiId()).deploymentId(first.id())).description())
			.isEqualTo("first");
		assertThat(deployments.stageSnapshot(seed.apiId(), "nostage")).isEmpty();
		assertThat(deployments.stageSnapshot("nosuchapi1", "test")).isEmpty();
	}

	@Test
	void snapshotsHandedOutCannotChangeTheEmulator() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("copies"));
		apigw.createDeployment((b) -> b.restApiId(seed.apiId()).stageName("test"));
		StageSnapshot snapshot = deployments.stageSnapshot(seed.apiId(), "test").orElseThrow();
		snapshot.api().resources.get(seed.resourceId()).resourceMethods.get("GET").methodIntegration.uri = "changed";

		assertThat(deployments.stageSnapshot(seed.apiId(), "test").orElseThrow().api().resources
			.get(seed.resourceId()).resourceMethods.get("GET").methodIntegration.uri).isEqualTo(SeedApi.S3_URI);
	}

	@Test
	void updateStageSetsThrottlingVariablesAndDescription() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("throttle"));
		var deployment = apigw.createDeployment((b) -> b.restApiId(seed.apiId()).stageName("test"));

		apigw.updateStage((b) -> b.restApiId(seed.apiId())
			.stageName("test")
			.patchOperations((p) -> p.op(Op.REPLACE).path("/*/*/throttling/rateLimit").value("10"),
					(p) -> p.op(Op.REPLACE).path("/*/*/throttling/burstLimit").value("5"),
					(p) -> p.op(Op.REPLACE).path("/description").value("throttled"),
					(p) -> p.op(Op.REPLACE).path("/variables/prefix").value("images/")));

		var read = apigw.getStage((b) -> b.restApiId(seed.apiId()).stageName("test"));
		assertThat(read.methodSettings()).containsOnlyKeys("*/*");
		assertThat(read.methodSettings().get("*/*").throttlingRateLimit()).isEqualTo(10.0);
		assertThat(read.methodSettings().get("*/*").throttlingBurstLimit()).isEqualTo(5);
		assertThat(read.description()).isEqualTo("throttled");
		assertThat(read.variables()).containsExactlyEntriesOf(Map.of("prefix", "images/"));
		assertThat(read.deploymentId()).isEqualTo(deployment.id());

		StageSnapshot snapshot = deployments.stageSnapshot(seed.apiId(), "test").orElseThrow();
		assertThat(snapshot.throttlingRateLimit()).isEqualTo(10.0);
		assertThat(snapshot.throttlingBurstLimit()).isEqualTo(5);

		assertThatThrownBy(() -> apigw.updateStage((b) -> b.restApiId(seed.apiId())
			.stageName("test")
			.patchOperations((p) -> p.op(Op.REPLACE).path("/*/*/throttling/rateLimit").value("fast"))))
			.isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> apigw.updateStage((b) -> b.restApiId(seed.apiId())
			.stageName("test")
			.patchOperations((p) -> p.op(Op.REPLACE).path("/deploymentId").value("nope12"))))
			.isInstanceOf(NotFoundException.class);
		assertThat(apigw.getStage((b) -> b.restApiId(seed.apiId()).stageName("test"))
			.methodSettings()
			.get("*/*")
			.throttlingRateLimit()).isEqualTo(10.0);
	}

	@Test
	void stagesCanBeCreatedListedAndDeleted() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("stages"));
		var deployment = apigw.createDeployment((b) -> b.restApiId(seed.apiId()));
		assertThat(apigw.getStages((b) -> b.restApiId(seed.apiId())).item()).isEmpty();

		var created = apigw.createStage((b) -> b.restApiId(seed.apiId())
			.stageName("prod")
			.deploymentId(deployment.id())
			.variables(Map.of("a", "b")));
		assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
		assertThat(created.stageName()).isEqualTo("prod");
		assertThatThrownBy(() -> apigw
			.createStage((b) -> b.restApiId(seed.apiId()).stageName("prod").deploymentId(deployment.id())))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> apigw
			.createStage((b) -> b.restApiId(seed.apiId()).stageName("bad-name").deploymentId(deployment.id())))
			.isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> apigw.deleteDeployment((b) -> b.restApiId(seed.apiId()).deploymentId(deployment.id())))
			.as("a stage still points at it")
			.isInstanceOf(BadRequestException.class);

		assertThat(apigw.getStages((b) -> b.restApiId(seed.apiId())).item()).extracting(Stage::stageName)
			.containsExactly("prod");
		assertThat(apigw.deleteStage((b) -> b.restApiId(seed.apiId()).stageName("prod")).sdkHttpResponse().statusCode())
			.isEqualTo(202);
		assertThatThrownBy(() -> apigw.getStage((b) -> b.restApiId(seed.apiId()).stageName("prod")))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Invalid Stage identifier specified");
			});
		assertThat(apigw.deleteDeployment((b) -> b.restApiId(seed.apiId()).deploymentId(deployment.id()))
			.sdkHttpResponse()
			.statusCode()).isEqualTo(202);
		assertThatThrownBy(() -> apigw.getDeployment((b) -> b.restApiId(seed.apiId()).deploymentId(deployment.id())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void requestValidatorsRoundTrip() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("validators")));
		var created = apigw
			.createRequestValidator((b) -> b.restApiId(api.id()).name("params-only").validateRequestParameters(true));
		assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
		assertThat(created.validateRequestParameters()).isTrue();
		assertThat(created.validateRequestBody()).isFalse();

		var read = apigw.getRequestValidator((b) -> b.restApiId(api.id()).requestValidatorId(created.id()));
		assertThat(read.name()).isEqualTo("params-only");
		assertThat(apigw.getRequestValidators((b) -> b.restApiId(api.id())).items()).extracting((v) -> v.id())
			.containsExactly(created.id());

		assertThat(apigw.deleteRequestValidator((b) -> b.restApiId(api.id()).requestValidatorId(created.id()))
			.sdkHttpResponse()
			.statusCode()).isEqualTo(202);
		assertThatThrownBy(
				() -> apigw.getRequestValidator((b) -> b.restApiId(api.id()).requestValidatorId(created.id())))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> assertThat(ex.statusCode()).isEqualTo(404));
	}

}

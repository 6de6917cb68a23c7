package dev.imagegate.endpoints;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.RoleMode;
import dev.imagegate.proxyapi.Throttle;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A deployed endpoint's spec read back from the local cloud, and provisioned again from
 * it.
 */
@LocalCloudTest
class EndpointSpecsTest {

	@Autowired
	EndpointSpecs specs;

	@Autowired
	ProxyApiProvisioner provisioner;

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	S3Client s3;

	@Test
	void everySettingIsReadBackFromAws() {
		s3.createBucket((b) -> b.bucket("specs-bucket"));
		ProxyApiSpec deployed = new ProxyApiSpec("specs-bucket", null, false, "photos/2026/", "specs-api", "img", "key",
				"prod", RoleMode.S3_READ_ONLY, new Throttle(12.5, 30), "private, max-age=60",
				"https://photos.example.com");
		String apiId = provisioner.provision(deployed).apiId();

		assertThat(specs.current(apiId)).contains(deployed);
	}

	@Test
	void theDefaultsAreReadBackWithoutThrottling() {
		s3.createBucket((b) -> b.bucket("specs-default-bucket"));
		ProxyApiSpec deployed = ProxyApiSpec.of("specs-default-bucket", "specs-default-api");
		String apiId = provisioner.provision(deployed).apiId();

		assertThat(specs.current(apiId)).contains(deployed);
	}

	@Test
	void provisioningTheReadBackSpecChangesNothingUntilSomethingWasChangedByHand() {
		s3.createBucket((b) -> b.bucket("specs-drift-bucket"));
		ProvisioningResult first = provisioner.provision(ProxyApiSpec.of("specs-drift-bucket", "specs-drift-api"));
		String apiId = first.apiId();

		assertThat(provisioner.provision(specs.current(apiId).orElseThrow()).mutatingCalls()).isZero();

		String resourceId = apiGateway.getResources((g) -> g.restApiId(apiId))
			.items()
			.stream()
			.filter((r) -> "/s3".equals(r.path()))
			.findFirst()
			.orElseThrow()
			.id();
		apiGateway.deleteIntegrationResponse(
				(d) -> d.restApiId(apiId).resourceId(resourceId).httpMethod("GET").statusCode("404"));

		ProvisioningResult redeployed = provisioner.provision(specs.current(apiId).orElseThrow());
		assertThat(redeployed.succeeded()).isTrue();
		assertThat(redeployed.steps()).filteredOn((step) -> step.name().equals("deployment"))
			.singleElement()
			.satisfies((step) -> assertThat(step.awsCalls()).contains("CreateDeployment"));
		assertThat(apiGateway
			.getIntegrationResponse(
					(g) -> g.restApiId(apiId).resourceId(resourceId).httpMethod("GET").statusCode("404"))
			.selectionPattern()).isEqualTo("40[34]");
	}

	@Test
	void anApiImagegateDoesNotManageHasNoSpec() {
		String foreign = apiGateway.createRestApi((c) -> c.name("not-imagegate")).id();

		assertThat(specs.current(foreign)).isEmpty();
		assertThat(specs.current("nosuchapi9")).isEmpty();
		assertThatThrownBy(() -> apiGateway.getRestApi((g) -> g.restApiId("nosuchapi9")))
			.isInstanceOf(NotFoundException.class);
	}

}

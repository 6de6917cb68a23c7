package dev.imagegate.localcloud;

import java.nio.file.Path;

import dev.imagegate.ImagegateApplication;
import dev.imagegate.cloud.AwsClients;
import dev.imagegate.endpoints.EndpointDiscovery;
import dev.imagegate.endpoints.ManagedEndpoint;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop the portal, start it again on the same data directory: everything is still there.
 */
class LocalCloudRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void bucketsObjectsRolesAndApisSurviveARestart() {
		String apiId;
		try (ConfigurableApplicationContext first = start()) {
			S3Client s3 = first.getBean(AwsClients.class).s3();
			s3.createBucket((b) -> b.bucket("survives-restart"));
			s3.putObject((p) -> p.bucket("survives-restart").key("images/cat.png").contentType("image/png"),
					RequestBody.fromString("not really a png"));
			ProvisioningResult result = first.getBean(ProxyApiProvisioner.class)
				.provision(ProxyApiSpec.of("survives-restart", "survives-restart-api"));
			assertThat(result.succeeded()).isTrue();
			apiId = result.apiId();
		}
		try (ConfigurableApplicationContext second = start()) {
			S3Client s3 = second.getBean(AwsClients.class).s3();
			var object = s3.getObjectAsBytes((g) -> g.bucket("survives-restart").key("images/cat.png"));
			assertThat(object.asUtf8String()).isEqualTo("not really a png");
			assertThat(object.response().contentType()).isEqualTo("image/png");
			assertThat(second.getBean(AwsClients.class)
				.iam()
				.getRole((g) -> g.roleName("imagegate-survives-restart-api"))
				.role()
				.arn()).isEqualTo("arn:aws:iam::000000000000:role/imagegate-survives-restart-api");
			assertThat(second.getBean(AwsClients.class)
				.apiGateway()
				.getStage((g) -> g.restApiId(apiId).stageName("test"))
				.deploymentId()).isNotBlank();
			assertThat(second.getBean(EndpointDiscovery.class).list()).extracting(ManagedEndpoint::apiId)
				.containsExactly(apiId);
			// Same spec after the restart: nothing to change.
			assertThat(second.getBean(ProxyApiProvisioner.class)
				.provision(ProxyApiSpec.of("survives-restart", "survives-restart-api"))
				.mutatingCalls()).isZero();
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ImagegateApplication.class).run("--server.port=0",
				"--imagegate.local.port=0", "--imagegate.local.data-dir=" + dataDir);
	}

}

package dev.imagegate.cloud;

import java.net.URI;

import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mode aws: the SDK's own chains, no local cloud, AWS_ENDPOINT_URL honoured and
 * described.
 */
class AwsClientsConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ClientsOnly.class)
		.withPropertyValues("imagegate.cloud.mode=aws", "imagegate.cloud.region=eu-west-1");

	@AfterEach
	void clearEndpoint() {
		System.clearProperty("aws.endpointUrl");
	}

	@Test
	void awsModeUsesRealAwsWithoutALocalCloud() {
		// Blank, whatever the shell running the tests has in AWS_ENDPOINT_URL.
		runner.withPropertyValues("AWS_ENDPOINT_URL=").run((context) -> {
			CloudConnection connection = context.getBean(CloudConnection.class);
			assertThat(connection.kind()).isEqualTo(CloudConnection.Kind.AWS);
			assertThat(connection.endpoint()).isEmpty();
			assertThat(connection.region()).isEqualTo(Region.EU_WEST_1);
			assertThat(connection.pathStyle()).isFalse();
			assertThat(connection.description()).isEqualTo("AWS, region eu-west-1");
			assertThat(context).hasSingleBean(AwsClients.class).doesNotHaveBean(LocalCloud.class);
			AwsClients clients = context.getBean(AwsClients.class);
			assertThat(clients.s3().serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
			// IAM is global on AWS; STS names the account from the portal's own region.
			assertThat(clients.iam().serviceClientConfiguration().region()).isEqualTo(Region.AWS_GLOBAL);
			assertThat(clients.sts().serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
			assertThat(clients.apiGateway()).isSameAs(clients.apiGateway());
		});
	}

	@Test
	void anAwsCompatibleEndpointIsNamedAndUsesPathStyle() {
		System.setProperty("aws.endpointUrl", "http://localhost:4599");
		runner.run((context) -> {
			CloudConnection connection = context.getBean(CloudConnection.class);
			assertThat(connection.kind()).isEqualTo(CloudConnection.Kind.CUSTOM_ENDPOINT);
			assertThat(connection.endpoint()).contains(URI.create("http://localhost:4599"));
			assertThat(connection.pathStyle()).isTrue();
			assertThat(connection.description())
				.isEqualTo("AWS-compatible endpoint at http://localhost:4599, region eu-west-1");
		});
	}

	@Test
	void anInvalidModeIsRefusedAtStartup() {
		runner.withPropertyValues("imagegate.cloud.mode=azure")
			.run((context) -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("azure"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CloudProperties.class)
	@Import(AwsClientsConfiguration.class)
	static class ClientsOnly {

	}

}

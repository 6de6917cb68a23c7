package dev.imagegate;

import dev.imagegate.cloud.AwsClients;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The portal's own SDK clients as beans, for tests to drive the local cloud with: the
 * portal reaches them through {@link AwsClients} only (they are built on first use), so
 * these are the very same client objects, configured as the portal configures them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SdkClientBeans {

	@Bean
	S3Client s3Client(AwsClients clients) {
		return clients.s3();
	}

	@Bean
	IamClient iamClient(AwsClients clients) {
		return clients.iam();
	}

	@Bean
	ApiGatewayClient apiGatewayClient(AwsClients clients) {
		return clients.apiGateway();
	}

	@Bean
	StsClient stsClient(AwsClients clients) {
		return clients.sts();
	}

	@Bean
	CloudSnapshot.Taker cloudSnapshots(AwsClients clients) {
		return new CloudSnapshot.Taker(clients.s3(), clients.apiGateway(), clients.iam());
	}

}

package dev.imagegate.cloud;

import java.net.URI;
import java.util.Optional;

import dev.imagegate.localcloud.LocalCloud;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The three SDK clients, built once. In mode {@code local} they point at the embedded
 * local cloud with throwaway static credentials; in mode {@code aws} they use the SDK's
 * default credential and region chains, which also honour {@code AWS_ENDPOINT_URL}.
 */
@Configuration(proxyBeanMethods = false)
class AwsClientsConfiguration {

	/** Throwaway credentials: the local cloud accepts any, these are never real. */
	private static final AwsBasicCredentials LOCAL_CREDENTIALS = AwsBasicCredentials.create("imagegate-local",
			"imagegate-local-secret");

	@Bean
	CloudConnection cloudConnection(CloudProperties properties, ObjectProvider<LocalCloud> localCloud) {
		if (properties.mode() == CloudMode.LOCAL) {
			LocalCloud cloud = localCloud.getObject();
			return new CloudConnection(CloudConnection.Kind.LOCAL_CLOUD, Optional.of(cloud.endpoint()),
					Region.of(properties.hasRegion() ? properties.region() : cloud.region()),
					StaticCredentialsProvider.create(LOCAL_CREDENTIALS), true);
		}
		Region region = properties.hasRegion() ? Region.of(properties.region())
				: new DefaultAwsRegionProviderChain().getRegion();
		Optional<URI> endpoint = configuredEndpoint();
		return new CloudConnection(endpoint.isPresent() ? CloudConnection.Kind.CUSTOM_ENDPOINT : CloudConnection.Kind.AWS,
				endpoint, region, DefaultCredentialsProvider.builder().build(), endpoint.isPresent());
	}

	/** The SDK reads these itself; we read them only to describe the connection and pick path style. */
	private static Optional<URI> configuredEndpoint() {
		String value = System.getProperty("aws.endpointUrl");
		if (value == null || value.isBlank()) {
			value = System.getenv("AWS_ENDPOINT_URL");
		}
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(URI.create(value.trim()));
	}

	@Bean(destroyMethod = "close")
	S3Client s3Client(CloudConnection connection, CloudProperties properties) {
		return configure(S3Client.builder(), connection, properties, connection.region())
			.forcePathStyle(connection.pathStyle())
			.build();
	}

	@Bean(destroyMethod = "close")
	IamClient iamClient(CloudConnection connection, CloudProperties properties) {
		// IAM is a global service: on AWS its endpoint lives in aws-global (us-east-1 for signing).
		Region region = connection.endpoint().isPresent() ? connection.region() : Region.AWS_GLOBAL;
		return configure(IamClient.builder(), connection, properties, region).build();
	}

	@Bean(destroyMethod = "close")
	ApiGatewayClient apiGatewayClient(CloudConnection connection, CloudProperties properties) {
		return configure(ApiGatewayClient.builder(), connection, properties, connection.region()).build();
	}

	private static <B extends AwsClientBuilder<B, ?> & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>> B configure(
			B builder, CloudConnection connection, CloudProperties properties, Region region) {
		builder.region(region)
			.credentialsProvider(connection.credentials())
			.httpClientBuilder(ApacheHttpClient.builder())
			.overrideConfiguration(ClientOverrideConfiguration.builder()
				.apiCallTimeout(properties.apiCallTimeout())
				.apiCallAttemptTimeout(properties.apiCallAttemptTimeout())
				.retryStrategy(RetryMode.STANDARD)
				.addExecutionInterceptor(new AwsCallRecorder())
				.build());
		if (connection.kind() == CloudConnection.Kind.LOCAL_CLOUD) {
			connection.endpoint().ifPresent(builder::endpointOverride);
		}
		return builder;
	}

}

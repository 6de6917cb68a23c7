package dev.imagegate.cloud;

import java.net.URI;
import java.util.Optional;

import dev.imagegate.localcloud.LocalCloud;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The SDK clients, built once, when first used ({@link AwsClients}). In mode
 * {@code local} they point at the embedded local cloud with throwaway static credentials;
 * in mode {@code aws} they use the SDK's default credential and region chains, which also
 * honour {@code AWS_ENDPOINT_URL}.
 */
@Configuration(proxyBeanMethods = false)
class AwsClientsConfiguration {

	/** Throwaway credentials: the local cloud accepts any, these are never real. */
	private static final AwsBasicCredentials LOCAL_CREDENTIALS = AwsBasicCredentials.create("imagegate-local",
			"imagegate-local-secret");

	/**
	 * The SDK's standard retry mode: 3 attempts with backoff, for what AWS says is
	 * retryable.
	 */
	private static final int STANDARD_ATTEMPTS = 3;

	@Bean
	CloudConnection cloudConnection(CloudProperties properties, ObjectProvider<LocalCloud> localCloud,
			Environment environment) {
		if (properties.mode() == CloudMode.LOCAL) {
			LocalCloud cloud = localCloud.getObject();
			return new CloudConnection(CloudConnection.Kind.LOCAL_CLOUD, Optional.of(cloud.endpoint()),
					Region.of(properties.hasRegion() ? properties.region() : cloud.region()),
					StaticCredentialsProvider.create(LOCAL_CREDENTIALS), true);
		}
		Region region = properties.hasRegion() ? Region.of(properties.region())
				: new DefaultAwsRegionProviderChain().getRegion();
		Optional<URI> endpoint = configuredEndpoint(environment);
		return new CloudConnection(
				endpoint.isPresent() ? CloudConnection.Kind.CUSTOM_ENDPOINT : CloudConnection.Kind.AWS, endpoint,
				region, DefaultCredentialsProvider.builder().build(), endpoint.isPresent());
	}

	/**
	 * The SDK reads these itself; we read them only to describe the connection and pick
	 * path style, through the environment (system property first, then the variable) so
	 * that a test can set either without the shell's.
	 */
	private static Optional<URI> configuredEndpoint(Environment environment) {
		String value = environment.getProperty("aws.endpointUrl");
		if (value == null || value.isBlank()) {
			value = environment.getProperty("AWS_ENDPOINT_URL");
		}
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(URI.create(value.trim()));
	}

	/** The SDK clients, each built when first used. */
	@Bean(destroyMethod = "close")
	AwsClients awsClients(CloudConnection connection, CloudProperties properties) {
		return new AwsClients(() -> s3Client(connection, properties), () -> iamClient(connection, properties),
				() -> apiGatewayClient(connection, properties), () -> stsClient(connection, properties));
	}

	static S3Client s3Client(CloudConnection connection, CloudProperties properties) {
		return configure(S3Client.builder(), connection, properties, connection.region(), STANDARD_ATTEMPTS)
			.forcePathStyle(connection.pathStyle())
			.build();
	}

	static IamClient iamClient(CloudConnection connection, CloudProperties properties) {
		// IAM is a global service: on AWS its endpoint lives in aws-global (us-east-1 for
		// signing).
		Region region = connection.endpoint().isPresent() ? connection.region() : Region.AWS_GLOBAL;
		return configure(IamClient.builder(), connection, properties, region, STANDARD_ATTEMPTS).build();
	}

	static ApiGatewayClient apiGatewayClient(CloudConnection connection, CloudProperties properties) {
		// API Gateway's control plane is strictly rate limited (CreateDeployment 1 per 5
		// s,
		// DeleteRestApi 1 per 30 s): give throttled calls more attempts than the standard
		// 3.
		return configure(ApiGatewayClient.builder(), connection, properties, connection.region(),
				properties.apiGatewayMaxAttempts())
			.build();
	}

	static StsClient stsClient(CloudConnection connection, CloudProperties properties) {
		// STS answers in every region (AWS recommends the regional endpoints over the
		// global one)
		// and names the same account wherever it is asked: use the portal's region. With
		// an
		// endpoint override every service shares that endpoint, as for IAM.
		return configure(StsClient.builder(), connection, properties, connection.region(), STANDARD_ATTEMPTS).build();
	}

	private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder,
			CloudConnection connection, CloudProperties properties, Region region, int maxAttempts) {
		builder.region(region)
			.credentialsProvider(connection.credentials())
			.httpClientBuilder(ApacheHttpClient.builder())
			.overrideConfiguration(ClientOverrideConfiguration.builder()
				.apiCallTimeout(properties.apiCallTimeout())
				.apiCallAttemptTimeout(properties.apiCallAttemptTimeout())
				.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxAttempts).build())
				.addExecutionInterceptor(new AwsCallRecorder())
				.build());
		if (connection.kind() == CloudConnection.Kind.LOCAL_CLOUD) {
			connection.endpoint().ifPresent(builder::endpointOverride);
		}
		return builder;
	}

}

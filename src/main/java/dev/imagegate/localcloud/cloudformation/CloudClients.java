package dev.imagegate.localcloud.cloudformation;

import java.util.function.Supplier;

import dev.imagegate.localcloud.LocalCloud;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.utils.Lazy;

/**
 * The clients CloudFormation's resource handlers use, as on AWS: the services' own APIs,
 * here the local cloud's own port, so a resource is checked and stored exactly as a
 * direct call would be. Built on first use (the local cloud is listening by then).
 */
class CloudClients implements AutoCloseable {

	private final Supplier<LocalCloud> localCloud;

	private final Lazy<S3Client> s3 = new Lazy<>(() -> configure(S3Client.builder()).forcePathStyle(true).build());

	private final Lazy<IamClient> iam = new Lazy<>(() -> configure(IamClient.builder()).build());

	private final Lazy<ApiGatewayClient> apiGateway = new Lazy<>(() -> configure(ApiGatewayClient.builder()).build());

	CloudClients(Supplier<LocalCloud> localCloud) {
		this.localCloud = localCloud;
	}

	S3Client s3() {
		return s3.getValue();
	}

	IamClient iam() {
		return iam.getValue();
	}

	ApiGatewayClient apiGateway() {
		return apiGateway.getValue();
	}

	private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder) {
		LocalCloud cloud = localCloud.get();
		builder.endpointOverride(cloud.endpoint())
			.region(Region.of(cloud.region()))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create("cloudformation", "cloudformation-local")))
			.httpClientBuilder(ApacheHttpClient.builder())
			.overrideConfiguration((o) -> o.retryStrategy(RetryMode.STANDARD));
		return builder;
	}

	@Override
	public void close() {
		// Lazy closes only a client it has built.
		s3.close();
		iam.close();
		apiGateway.close();
	}

}

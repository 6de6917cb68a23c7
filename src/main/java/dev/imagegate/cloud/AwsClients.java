package dev.imagegate.cloud;

import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The SDK clients, each built the first time it is used, then shared. Building one (its
 * endpoint rules, its HTTP client and TLS, its thousand model classes) took about a third of
 * a second each at start-up, for a portal whose first page needs none of them yet.
 */
@Component
public class AwsClients {

	private final ObjectProvider<S3Client> s3;

	private final ObjectProvider<IamClient> iam;

	private final ObjectProvider<ApiGatewayClient> apiGateway;

	private final ObjectProvider<StsClient> sts;

	public AwsClients(ObjectProvider<S3Client> s3, ObjectProvider<IamClient> iam,
			ObjectProvider<ApiGatewayClient> apiGateway, ObjectProvider<StsClient> sts) {
		this.s3 = s3;
		this.iam = iam;
		this.apiGateway = apiGateway;
		this.sts = sts;
	}

	public S3Client s3() {
		return s3.getObject();
	}

	public IamClient iam() {
		return iam.getObject();
	}

	public ApiGatewayClient apiGateway() {
		return apiGateway.getObject();
	}

	public StsClient sts() {
		return sts.getObject();
	}

}

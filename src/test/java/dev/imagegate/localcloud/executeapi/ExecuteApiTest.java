package dev.imagegate.localcloud.executeapi;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

/** The execute-api tests' common ground: the real SDK clients and a fixture over them. */
@LocalCloudTest
abstract class ExecuteApiTest {

	@Autowired
	S3Client s3;

	@Autowired
	IamClient iam;

	@Autowired
	ApiGatewayClient apigw;

	@Autowired
	LocalCloud localCloud;

	ExecuteApiFixture fixture;

	/** Runs before each subclass's own {@code @BeforeEach}. */
	@BeforeEach
	void createFixture() {
		fixture = new ExecuteApiFixture(s3, iam, apigw, localCloud.endpoint());
	}

}

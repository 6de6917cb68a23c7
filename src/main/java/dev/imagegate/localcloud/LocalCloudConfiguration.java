package dev.imagegate.localcloud;

import java.util.List;

import dev.imagegate.localcloud.apigateway.ApiGatewayDeployments;
import dev.imagegate.localcloud.executeapi.ExecuteApiHandler;
import dev.imagegate.localcloud.iam.IamRoles;
import dev.imagegate.localcloud.s3.S3MockServer;
import dev.imagegate.localcloud.s3.S3Proxy;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded local cloud in mode {@code local}. The emulated services (IAM, STS, API
 * Gateway) are beans implementing {@link CloudServiceHandler}; S3 is S3Mock behind a
 * streaming proxy; execute-api serves the deployed APIs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalCloud
class LocalCloudConfiguration {

	@Bean
	FaultInjector localCloudFaults() {
		return new FaultInjector();
	}

	@Bean
	S3MockServer s3MockServer() {
		return new S3MockServer();
	}

	@Bean
	S3Proxy s3Proxy(S3MockServer s3MockServer, FaultInjector faults, LocalCloudProperties properties) {
		return new S3Proxy(s3MockServer, faults, properties.dataDir().resolve("s3-settings/buckets.json"));
	}

	@Bean(initMethod = "start", destroyMethod = "close")
	LocalCloud localCloud(LocalCloudProperties properties, S3MockServer s3MockServer,
			List<CloudServiceHandler> services, ApiGatewayDeployments deployments, IamRoles roles, FaultInjector faults) {
		// Not a CloudServiceHandler bean: it is reached by host and path, never by a signing name.
		return new LocalCloud(properties, s3MockServer, services,
				new ExecuteApiHandler(deployments, roles, s3MockServer, faults));
	}

}

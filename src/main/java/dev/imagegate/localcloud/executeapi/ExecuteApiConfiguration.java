package dev.imagegate.localcloud.executeapi;

import dev.imagegate.localcloud.ConditionalOnLocalCloud;
import dev.imagegate.localcloud.apigateway.ApiGatewayDeployments;
import dev.imagegate.localcloud.iam.IamRoles;
import dev.imagegate.localcloud.s3.S3Dispatcher;
import dev.imagegate.localcloud.wire.FaultInjector;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The execute-api data plane: deployments read from API Gateway, roles assumed through
 * IAM, S3 called in process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalCloud
class ExecuteApiConfiguration {

	@Bean
	CompiledApis executeApiCompiledApis(ApiGatewayDeployments deployments) {
		return new CompiledApis(deployments);
	}

	@Bean
	S3Integration executeApiS3Integration(S3Dispatcher s3, FaultInjector faults) {
		return new S3Integration(new S3Access(s3), faults);
	}

	/**
	 * Not one of the services found by signing name (so not a default candidate for a
	 * list of them): the local cloud's servlet reaches it by host and path as well.
	 */
	@Bean(defaultCandidate = false)
	@Qualifier(ExecuteApiHandler.QUALIFIER)
	ExecuteApiHandler executeApiHandler(ApiGatewayDeployments deployments, CompiledApis compiled, IamRoles roles,
			S3Integration s3) {
		return new ExecuteApiHandler(deployments, compiled, roles, s3);
	}

}

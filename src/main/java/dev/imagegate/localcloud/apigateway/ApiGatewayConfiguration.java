package dev.imagegate.localcloud.apigateway;

import dev.imagegate.localcloud.ConditionalOnLocalCloud;
import dev.imagegate.localcloud.LocalCloudProperties;
import dev.imagegate.localcloud.store.DataDirectory;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * API Gateway's control plane: its state under {@code {data-dir}/apigateway/apis/}, the
 * service logic per resource kind, the REST-JSON routes to it, and the read side that the
 * execute-api data plane serves deployments from.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalCloud
class ApiGatewayConfiguration {

	@Bean
	ApiGatewayStore apiGatewayStore(DataDirectory data) {
		return new ApiGatewayStore(data.resolve("apigateway/apis"), ApiGatewayJson.mapper());
	}

	@Bean
	ApiGatewayDeployments apiGatewayDeployments(ApiGatewayStore store) {
		return new ApiGatewayDeployments(store);
	}

	@Bean
	RestApiService apiGatewayRestApiService(ApiGatewayStore store, LocalCloudProperties properties) {
		return new RestApiService(store, properties.accountId());
	}

	@Bean
	ResourceService apiGatewayResourceService(ApiGatewayStore store, LocalCloudProperties properties) {
		return new ResourceService(store, properties.accountId());
	}

	@Bean
	MethodService apiGatewayMethodService(ApiGatewayStore store) {
		return new MethodService(store);
	}

	@Bean
	IntegrationService apiGatewayIntegrationService(ApiGatewayStore store) {
		return new IntegrationService(store);
	}

	@Bean
	ValidatorService apiGatewayValidatorService(ApiGatewayStore store, LocalCloudProperties properties) {
		return new ValidatorService(store, properties.accountId());
	}

	@Bean
	DeploymentService apiGatewayDeploymentService(ApiGatewayStore store, LocalCloudProperties properties) {
		return new DeploymentService(store, properties.accountId());
	}

	@Bean
	StageService apiGatewayStageService(ApiGatewayStore store, LocalCloudProperties properties) {
		return new StageService(store, properties.accountId());
	}

	@Bean
	TagService apiGatewayTagService(ApiGatewayStore store, LocalCloudProperties properties) {
		return new TagService(store, properties.accountId(), properties.region());
	}

	@Bean
	OpenApiImport apiGatewayOpenApiImport(RestApiService apis, ResourceService resources, MethodService methods,
			IntegrationService integrations, ValidatorService validators) {
		return new OpenApiImport(apis, resources, methods, integrations, validators);
	}

	/** The routes in the order they are tried. */
	@Bean
	Router apiGatewayRouter(ApiGatewayStore store, LocalCloudProperties properties, OpenApiImport openApiImport,
			RestApiService apis, ResourceService resources, MethodService methods, IntegrationService integrations,
			ValidatorService validators, DeploymentService deployments, StageService stages, TagService tags) {
		Router router = new Router();
		// Before CreateRestApi: POST /restapis?mode=import is ImportRestApi.
		new OpenApiHandlers(store, properties.accountId(), properties.region(), openApiImport).register(router);
		new RestApiHandlers(apis).register(router);
		new ResourceHandlers(resources).register(router);
		new MethodHandlers(methods).register(router);
		new IntegrationHandlers(integrations).register(router);
		new MethodPartHandlers(new MethodPartUpdates(store)).register(router);
		new ValidatorHandlers(validators).register(router);
		new DeploymentHandlers(deployments).register(router);
		new StageHandlers(stages).register(router);
		new TagHandlers(tags).register(router);
		return router;
	}

	@Bean
	CloudServiceHandler apiGatewayHandler(Router router, ApiGatewayStore store, FaultInjector faults) {
		return new ApiGatewayHandler(router, store.mapper(), faults);
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.Integration;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.RequestValidator;
import dev.imagegate.localcloud.apigateway.model.Resource;
import dev.imagegate.localcloud.apigateway.model.RestApi;
import dev.imagegate.localcloud.apigateway.model.Stage;

/** One REST API and everything under it, with lookups that fail as AWS does. */
class ApiRecord {

	public RestApi api;

	/** By id, in creation order (the root first). */
	public Map<String, Resource> resources = new LinkedHashMap<>();

	public Map<String, RequestValidator> validators = new LinkedHashMap<>();

	public Map<String, DeploymentRecord> deployments = new LinkedHashMap<>();

	public Map<String, Stage> stages = new LinkedHashMap<>();

	Resource resource(String resourceId) {
		Resource resource = resources.get(resourceId);
		if (resource == null) {
			throw Errors.missingResource();
		}
		return resource;
	}

	Method method(String resourceId, String httpMethod) {
		Resource resource = resource(resourceId);
		Method method = (resource.resourceMethods != null) ? resource.resourceMethods.get(httpMethod) : null;
		if (method == null) {
			throw Errors.notFound("Invalid Method identifier specified");
		}
		return method;
	}

	Integration integration(String resourceId, String httpMethod) {
		Integration integration = method(resourceId, httpMethod).methodIntegration;
		if (integration == null) {
			throw Errors.notFound("Invalid Integration identifier specified");
		}
		return integration;
	}

	RequestValidator validator(String validatorId) {
		RequestValidator validator = validators.get(validatorId);
		if (validator == null) {
			throw Errors.missingValidator();
		}
		return validator;
	}

	DeploymentRecord deployment(String deploymentId) {
		DeploymentRecord deployment = deployments.get(deploymentId);
		if (deployment == null) {
			throw Errors.notFound("Invalid Deployment identifier specified");
		}
		return deployment;
	}

	Stage stage(String stageName) {
		Stage stage = stages.get(stageName);
		if (stage == null) {
			throw Errors.notFound("Invalid Stage identifier specified");
		}
		return stage;
	}

}

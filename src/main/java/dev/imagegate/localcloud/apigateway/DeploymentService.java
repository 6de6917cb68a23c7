package dev.imagegate.localcloud.apigateway;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.ApiSnapshot;
import dev.imagegate.localcloud.apigateway.model.Deployment;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.RequestValidator;
import dev.imagegate.localcloud.apigateway.model.Resource;
import dev.imagegate.localcloud.apigateway.model.Stage;
import tools.jackson.databind.json.JsonMapper;

/**
 * CreateDeployment, GetDeployment(s), DeleteDeployment. A deployment freezes a deep copy
 * of the API, so later edits reach callers only through a new deployment, as on AWS.
 */
class DeploymentService {

	private final ApiGatewayStore store;

	private final String accountId;

	private final JsonMapper mapper;

	DeploymentService(ApiGatewayStore store, String accountId) {
		this.store = store;
		this.accountId = accountId;
		this.mapper = store.mapper();
	}

	/** The request's stage part: which stage to create or move, with what. */
	record StageRequest(String stageName, String stageDescription, Map<String, String> variables) {
	}

	Deployment create(String apiId, String description, StageRequest stage) {
		return store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			if (stage.stageName() != null) {
				StageService.checkStageName(stage.stageName());
			}
			DeploymentRecord record = new DeploymentRecord();
			record.snapshot = snapshot(api);
			record.deployment = new Deployment();
			record.deployment.id = Ids.shortId();
			record.deployment.description = description;
			record.deployment.createdDate = Instant.now().getEpochSecond();
			api.deployments.put(record.deployment.id, record);
			if (stage.stageName() != null) {
				pointStage(api, record.deployment.id, stage);
			}
			return record.deployment;
		});
	}

	private ApiSnapshot snapshot(ApiRecord api) {
		List<Method> methods = api.resources.values()
			.stream()
			.filter((r) -> r.resourceMethods != null)
			.flatMap((r) -> r.resourceMethods.values().stream())
			.toList();
		if (methods.isEmpty()) {
			throw Errors.badRequest("The REST API doesn't contain any methods");
		}
		if (methods.stream().anyMatch((m) -> m.methodIntegration == null)) {
			throw Errors.badRequest("No integration defined for method");
		}
		ApiSnapshot snapshot = new ApiSnapshot();
		snapshot.apiId = api.api.id;
		snapshot.apiName = api.api.name;
		snapshot.apiKeySource = api.api.apiKeySource;
		snapshot.binaryMediaTypes = (api.api.binaryMediaTypes != null) ? List.copyOf(api.api.binaryMediaTypes)
				: List.of();
		snapshot.resources = new LinkedHashMap<>();
		for (Resource resource : api.resources.values()) {
			snapshot.resources.put(resource.id, ApiGatewayJson.copy(mapper, resource, Resource.class));
		}
		snapshot.requestValidators = new LinkedHashMap<>();
		api.validators.forEach((id, validator) -> snapshot.requestValidators.put(id,
				ApiGatewayJson.copy(mapper, validator, RequestValidator.class)));
		return snapshot;
	}

	/** Creates the stage, or moves the existing one to the new deployment. */
	private static void pointStage(ApiRecord api, String deploymentId, StageRequest request) {
		long now = Instant.now().getEpochSecond();
		Stage stage = api.stages.get(request.stageName());
		if (stage == null) {
			stage = StageService.newStage(request.stageName(), deploymentId, request.stageDescription(), now);
			api.stages.put(stage.stageName, stage);
		}
		stage.deploymentId = deploymentId;
		stage.lastUpdatedDate = now;
		if (request.variables() != null && !request.variables().isEmpty()) {
			Map<String, String> variables = (stage.variables != null) ? stage.variables : new LinkedHashMap<>();
			variables.putAll(request.variables());
			stage.variables = variables;
		}
	}

	Deployment get(String apiId, String deploymentId) {
		return store.read((state) -> state.api(accountId, apiId).deployment(deploymentId).deployment);
	}

	List<Deployment> list(String apiId) {
		return store.read(
				(state) -> state.api(accountId, apiId).deployments.values().stream().map((d) -> d.deployment).toList());
	}

	void delete(String apiId, String deploymentId) {
		store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			api.deployment(deploymentId);
			if (api.stages.values().stream().anyMatch((s) -> deploymentId.equals(s.deploymentId))) {
				throw Errors.badRequest("Active stages pointing to this deployment must be moved or deleted");
			}
			return api.deployments.remove(deploymentId);
		});
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.imagegate.localcloud.apigateway.model.ApiSnapshot;
import dev.imagegate.localcloud.apigateway.model.MethodSetting;
import dev.imagegate.localcloud.apigateway.model.Stage;

/**
 * The in-process read side of API Gateway for the execute-api data plane (same JVM):
 * deployed APIs only, as frozen by CreateDeployment. Answers are deep copies, so a caller
 * can never change the emulator's state.
 */
public class ApiGatewayDeployments {

	private final ApiGatewayStore store;

	ApiGatewayDeployments(ApiGatewayStore store) {
		this.store = store;
	}

	/** The stage's deployed API, or empty when the API or the stage does not exist. */
	public Optional<StageSnapshot> stageSnapshot(String apiId, String stageName) {
		return store.read((state) -> {
			ApiRecord api = state.apis.get(apiId);
			Stage stage = (api != null) ? api.stages.get(stageName) : null;
			DeploymentRecord deployment = (stage != null) ? api.deployments.get(stage.deploymentId) : null;
			if (deployment == null) {
				return Optional.empty();
			}
			Map<String, MethodSetting> settings = new LinkedHashMap<>();
			stage.methodSettings.forEach((key, setting) -> settings.put(key, copy(setting, MethodSetting.class)));
			return Optional.of(new StageSnapshot(apiId, stageName, stage.deploymentId,
					copy(deployment.snapshot, ApiSnapshot.class),
					(stage.variables != null) ? Map.copyOf(stage.variables) : Map.of(), settings));
		});
	}

	/**
	 * The stage's current deployment id, variables and stage-wide throttling, without
	 * copying the snapshot: the execute-api data plane reads this on every request.
	 */
	public StageDeployment stageDeployment(String apiId, String stageName) {
		return store.read((state) -> {
			ApiRecord api = state.apis.get(apiId);
			if (api == null) {
				return new StageDeployment(false, null, Map.of(), null, null);
			}
			Stage stage = api.stages.get(stageName);
			if (stage == null || !api.deployments.containsKey(stage.deploymentId)) {
				return new StageDeployment(true, null, Map.of(), null, null);
			}
			MethodSetting all = (stage.methodSettings != null) ? stage.methodSettings.get("*/*") : null;
			return new StageDeployment(true, stage.deploymentId,
					(stage.variables != null) ? Map.copyOf(stage.variables) : Map.of(),
					(all != null) ? all.throttlingRateLimit : null, (all != null) ? all.throttlingBurstLimit : null);
		});
	}

	/** One deployment's frozen API, whether or not a stage points at it. */
	public Optional<ApiSnapshot> deploymentSnapshot(String apiId, String deploymentId) {
		return store.read((state) -> {
			ApiRecord api = state.apis.get(apiId);
			DeploymentRecord deployment = (api != null) ? api.deployments.get(deploymentId) : null;
			return Optional.ofNullable((deployment != null) ? copy(deployment.snapshot, ApiSnapshot.class) : null);
		});
	}

	private <T> T copy(T value, Class<T> type) {
		return ApiGatewayJson.copy(store.mapper(), value, type);
	}

}

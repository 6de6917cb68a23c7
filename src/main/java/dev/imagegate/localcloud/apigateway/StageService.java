package dev.imagegate.localcloud.apigateway;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.apigateway.model.AccessLogSettings;
import dev.imagegate.localcloud.apigateway.model.Stage;

/** CreateStage, GetStage(s), UpdateStage, DeleteStage. */
class StageService {

	private static final Pattern STAGE_NAME = Pattern.compile("[a-zA-Z0-9_]+");

	private final ApiGatewayStore store;

	private final String accountId;

	StageService(ApiGatewayStore store, String accountId) {
		this.store = store;
		this.accountId = accountId;
	}

	static void checkStageName(String stageName) {
		if (!STAGE_NAME.matcher(stageName).matches()) {
			throw Errors.badRequest("Stage name only allows a-zA-Z0-9_");
		}
	}

	static Stage newStage(String stageName, String deploymentId, String description, long now) {
		Stage stage = new Stage();
		stage.stageName = stageName;
		stage.deploymentId = deploymentId;
		stage.description = description;
		stage.cacheClusterEnabled = false;
		stage.cacheClusterStatus = "NOT_AVAILABLE";
		stage.methodSettings = new LinkedHashMap<>();
		stage.tracingEnabled = false;
		stage.createdDate = now;
		stage.lastUpdatedDate = now;
		return stage;
	}

	Stage create(String apiId, Stage request) {
		return store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			api.deployment(request.deploymentId);
			checkStageName(request.stageName);
			if (api.stages.containsKey(request.stageName)) {
				throw Errors.conflict("Stage already exists");
			}
			Stage stage = newStage(request.stageName, request.deploymentId, request.description,
					Instant.now().getEpochSecond());
			stage.variables = request.variables;
			ApiGatewayTags.check(request.tags);
			stage.tags = request.tags;
			stage.tracingEnabled = Boolean.TRUE.equals(request.tracingEnabled);
			stage.documentationVersion = request.documentationVersion;
			cacheCluster(stage, Boolean.TRUE.equals(request.cacheClusterEnabled), request.cacheClusterSize);
			api.stages.put(stage.stageName, stage);
			return stage;
		});
	}

	Stage get(String apiId, String stageName) {
		return store.read((state) -> state.api(accountId, apiId).stage(stageName));
	}

	List<Stage> list(String apiId, String deploymentId) {
		return store.read((state) -> state.api(accountId, apiId).stages.values()
			.stream()
			.filter((s) -> deploymentId == null || deploymentId.equals(s.deploymentId))
			.toList());
	}

	void delete(String apiId, String stageName) {
		store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			api.stage(stageName);
			return api.stages.remove(stageName);
		});
	}

	Stage update(String apiId, String stageName, List<PatchOperation> operations) {
		return store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			Stage stage = api.stage(stageName);
			for (PatchOperation op : operations) {
				List<String> path = op.segments();
				if (path.size() == 2 && path.get(0).equals("variables")) {
					patchVariable(stage, op, path.get(1));
				}
				else if (path.get(0).equals("accessLogSettings")) {
					patchAccessLog(stage, op, path);
				}
				else if (path.size() == 1) {
					patchScalar(api, stage, op, path.get(0));
				}
				else if (StageMethodSettings.addresses(path)) {
					StageMethodSettings.apply(stage, op, path);
				}
				else {
					throw StageMethodSettings.invalidPath(op);
				}
			}
			stage.lastUpdatedDate = Instant.now().getEpochSecond();
			return stage;
		});
	}

	private static void patchScalar(ApiRecord api, Stage stage, PatchOperation op, String member) {
		if (!op.is("replace")) {
			throw StageMethodSettings.invalidPath(op);
		}
		switch (member) {
			case "description" -> stage.description = op.value();
			case "deploymentId" -> stage.deploymentId = api.deployment(op.requiredValue()).deployment.id;
			case "tracingEnabled" -> stage.tracingEnabled = Boolean.parseBoolean(op.value());
			case "clientCertificateId" -> stage.clientCertificateId = op.value();
			case "cacheClusterEnabled" -> cacheCluster(stage, Boolean.parseBoolean(op.value()), stage.cacheClusterSize);
			case "cacheClusterSize" ->
				cacheCluster(stage, stage.cacheClusterEnabled, cacheClusterSize(op.requiredValue()));
			default -> throw StageMethodSettings.invalidPath(op);
		}
	}

	/**
	 * A cache cluster is AVAILABLE once enabled (AWS takes minutes to get there) with its
	 * size, 0.5 GB unless given; disabled, it is NOT_AVAILABLE and its size stays as set.
	 */
	static void cacheCluster(Stage stage, boolean enabled, String size) {
		stage.cacheClusterEnabled = enabled;
		stage.cacheClusterSize = (enabled && size == null) ? "0.5" : size;
		stage.cacheClusterStatus = enabled ? "AVAILABLE" : "NOT_AVAILABLE";
	}

	private static String cacheClusterSize(String size) {
		if (!Constraints.CACHE_CLUSTER_SIZES.contains(size)) {
			throw Errors.badRequest("Invalid cache cluster size specified: " + size);
		}
		return size;
	}

	/**
	 * {@code /accessLogSettings/format} and {@code /destinationArn} replaced;
	 * {@code /accessLogSettings} removed.
	 */
	private static void patchAccessLog(Stage stage, PatchOperation op, List<String> path) {
		if (path.size() == 1 && op.is("remove")) {
			stage.accessLogSettings = null;
			return;
		}
		if (path.size() != 2 || !op.is("replace")
				|| !(path.get(1).equals("format") || path.get(1).equals("destinationArn"))) {
			throw StageMethodSettings.invalidPath(op);
		}
		AccessLogSettings settings = (stage.accessLogSettings != null) ? stage.accessLogSettings
				: new AccessLogSettings();
		if (path.get(1).equals("format")) {
			settings.format = op.value();
		}
		else {
			settings.destinationArn = op.value();
		}
		stage.accessLogSettings = settings;
	}

	private static void patchVariable(Stage stage, PatchOperation op, String name) {
		Map<String, String> variables = (stage.variables != null) ? stage.variables : new LinkedHashMap<>();
		if (op.is("replace") || op.is("add")) {
			variables.put(name, op.requiredValue());
		}
		else if (op.is("remove")) {
			variables.remove(name);
		}
		else {
			throw op.unsupported();
		}
		stage.variables = variables.isEmpty() ? null : variables;
	}

}

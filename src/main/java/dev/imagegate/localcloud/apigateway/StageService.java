package dev.imagegate.localcloud.apigateway;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.apigateway.model.MethodSetting;
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
		checkStageName(request.stageName);
		return store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			api.deployment(request.deploymentId);
			if (api.stages.containsKey(request.stageName)) {
				throw Errors.conflict("Stage already exists");
			}
			Stage stage = newStage(request.stageName, request.deploymentId, request.description,
					Instant.now().getEpochSecond());
			stage.variables = request.variables;
			ApiGatewayTags.check(request.tags);
			stage.tags = request.tags;
			stage.tracingEnabled = Boolean.TRUE.equals(request.tracingEnabled);
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
				if (path.size() == 1 && op.is("replace")) {
					switch (path.get(0)) {
						case "description" -> stage.description = op.value();
						case "deploymentId" -> stage.deploymentId = api.deployment(op.requiredValue()).deployment.id;
						case "tracingEnabled" -> stage.tracingEnabled = Boolean.parseBoolean(op.value());
						case "cacheClusterEnabled" -> stage.cacheClusterEnabled = Boolean.parseBoolean(op.value());
						default -> throw op.unsupported();
					}
				}
				else if (path.size() == 2 && path.get(0).equals("variables")) {
					patchVariable(stage, op, path.get(1));
				}
				else if (path.size() == 4) {
					patchMethodSetting(stage, op, path);
				}
				else {
					throw op.unsupported();
				}
			}
			stage.lastUpdatedDate = Instant.now().getEpochSecond();
			return stage;
		});
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

	/**
	 * {@code /{resource path}/{METHOD}/{group}/{setting}}, e.g. {@code /*}{@code /*}/throttling/rateLimit
	 * for the whole stage, stored under {@code *}{@code /*}; {@code /~1s3/GET/...} goes under {@code s3/GET}.
	 */
	private static void patchMethodSetting(Stage stage, PatchOperation op, List<String> path) {
		if (!op.is("replace")) {
			throw op.unsupported();
		}
		String resourcePath = path.get(0).startsWith("/") ? path.get(0).substring(1) : path.get(0);
		String key = resourcePath + "/" + path.get(1);
		MethodSetting setting = stage.methodSettings.computeIfAbsent(key, (k) -> MethodSetting.defaults());
		String value = op.requiredValue();
		switch (path.get(2) + "/" + path.get(3)) {
			case "throttling/rateLimit" -> setting.throttlingRateLimit = number(value);
			case "throttling/burstLimit" -> setting.throttlingBurstLimit = (int) Math.round(number(value));
			case "metrics/enabled" -> setting.metricsEnabled = Boolean.parseBoolean(value);
			case "logging/loglevel" -> setting.loggingLevel = value;
			case "logging/dataTrace" -> setting.dataTraceEnabled = Boolean.parseBoolean(value);
			case "caching/enabled" -> setting.cachingEnabled = Boolean.parseBoolean(value);
			case "caching/ttlInSeconds" -> setting.cacheTtlInSeconds = (int) Math.round(number(value));
			case "caching/dataEncrypted" -> setting.cacheDataEncrypted = Boolean.parseBoolean(value);
			default -> throw op.unsupported();
		}
	}

	private static double number(String value) {
		try {
			double number = Double.parseDouble(value);
			if (number < 0 || Double.isNaN(number) || Double.isInfinite(number)) {
				throw new NumberFormatException(value);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw Errors.badRequest("Invalid number value: " + value);
		}
	}

}

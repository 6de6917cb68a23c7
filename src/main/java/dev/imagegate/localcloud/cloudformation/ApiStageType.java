package dev.imagegate.localcloud.cloudformation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code AWS::ApiGateway::Stage}: RestApiId and StageName (replacing), DeploymentId,
 * Description, Variables, TracingEnabled, Tags, MethodSettings (throttling, logging,
 * metrics, caching, as UpdateStage's method-setting paths). Ref is the stage's name.
 */
final class ApiStageType implements ResourceType {

	/** MethodSettings members and the UpdateStage path segments that set them. */
	private static final Map<String, String> SETTING_PATHS = Map.of("ThrottlingBurstLimit", "throttling/burstLimit",
			"ThrottlingRateLimit", "throttling/rateLimit", "LoggingLevel", "logging/loglevel", "DataTraceEnabled",
			"logging/dataTrace", "MetricsEnabled", "metrics/enabled", "CachingEnabled", "caching/enabled",
			"CacheTtlInSeconds", "caching/ttlInSeconds", "CacheDataEncrypted", "caching/dataEncrypted");

	private final CloudClients clients;

	ApiStageType(CloudClients clients) {
		this.clients = clients;
	}

	@Override
	public String type() {
		return "AWS::ApiGateway::Stage";
	}

	@Override
	public Set<String> attributes() {
		return Set.of();
	}

	@Override
	public Provisioned create(ResourceContext context, Properties properties) {
		String api = properties.required("RestApiId");
		String stageName = properties.required("StageName");
		Map<String, String> tags = properties.tags();
		clients.apiGateway()
			.createStage((s) -> s.restApiId(api)
				.stageName(stageName)
				.deploymentId(properties.required("DeploymentId"))
				.description(properties.string("Description"))
				.variables(properties.stringMap("Variables"))
				.tracingEnabled(properties.bool("TracingEnabled"))
				.tags(tags.isEmpty() ? null : tags));
		ApiPatches patches = new ApiPatches();
		methodSettingPatches(Map.of(), settings(properties), patches);
		patch(api, stageName, patches);
		return new Provisioned(stageName, Map.of());
	}

	@Override
	public boolean needsReplacement(Properties old, Properties properties) {
		return properties.differs(old, "RestApiId", "StageName");
	}

	@Override
	public Provisioned update(ResourceContext context, StackState.Resource current, Properties properties) {
		Properties old = new Properties(current.properties);
		ApiPatches patches = new ApiPatches()
			.replaceIfChanged("/deploymentId", old.string("DeploymentId"), properties.string("DeploymentId"))
			.replaceIfChanged("/description", old.string("Description"), properties.string("Description"))
			.replaceIfChanged("/tracingEnabled", old.bool("TracingEnabled"), properties.bool("TracingEnabled"));
		Map<String, String> oldVariables = orEmpty(old.stringMap("Variables"));
		Map<String, String> newVariables = orEmpty(properties.stringMap("Variables"));
		oldVariables.keySet()
			.stream()
			.filter((name) -> !newVariables.containsKey(name))
			.forEach((name) -> patches.remove("/variables/" + ApiPatches.escape(name)));
		newVariables.forEach((name, value) -> {
			if (!value.equals(oldVariables.get(name))) {
				patches.replace("/variables/" + ApiPatches.escape(name), value);
			}
		});
		methodSettingPatches(settings(old), settings(properties), patches);
		patch(properties.required("RestApiId"), current.physicalId, patches);
		return new Provisioned(current.physicalId, current.attributes);
	}

	@Override
	public void delete(StackState.Resource resource) {
		clients.apiGateway()
			.deleteStage((d) -> d.restApiId(String.valueOf(resource.properties.get("RestApiId")))
				.stageName(resource.physicalId));
	}

	private void patch(String api, String stageName, ApiPatches patches) {
		if (!patches.isEmpty()) {
			clients.apiGateway()
				.updateStage((u) -> u.restApiId(api).stageName(stageName).patchOperations(patches.operations()));
		}
	}

	/**
	 * Removes the method settings that went away and replaces every value that changed.
	 */
	private static void methodSettingPatches(Map<String, Properties> old, Map<String, Properties> settings,
			ApiPatches patches) {
		old.keySet().stream().filter((key) -> !settings.containsKey(key)).forEach(patches::remove);
		settings.forEach((key, setting) -> {
			Properties before = old.get(key);
			SETTING_PATHS.forEach((member, path) -> {
				Object value = setting.values().get(member);
				if (value != null && (before == null || !Objects.equals(value, before.values().get(member)))) {
					patches.replace(key + "/" + path, String.valueOf(value));
				}
			});
		});
	}

	/**
	 * The method settings by their UpdateStage key: {@code /~1images/GET}, or
	 * {@code /*}{@code /*} for all.
	 */
	private static Map<String, Properties> settings(Properties properties) {
		Map<String, Properties> settings = new LinkedHashMap<>();
		for (Properties setting : properties.objects("MethodSettings")) {
			String resourcePath = (setting.string("ResourcePath") != null) ? setting.string("ResourcePath") : "/*";
			String httpMethod = (setting.string("HttpMethod") != null) ? setting.string("HttpMethod") : "*";
			// CloudFormation takes the path already escaped as UpdateStage wants it
			// ("/~1images"), except "/" itself.
			String path = resourcePath.equals("/") ? "/~1" : resourcePath;
			settings.put(path + "/" + httpMethod, setting);
		}
		return settings;
	}

	private static Map<String, String> orEmpty(Map<String, String> map) {
		return (map != null) ? map : Map.of();
	}

}

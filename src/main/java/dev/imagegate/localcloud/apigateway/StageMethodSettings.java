package dev.imagegate.localcloud.apigateway;

import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.MethodSetting;
import dev.imagegate.localcloud.apigateway.model.Stage;
import dev.imagegate.localcloud.wire.CloudException;

/**
 * UpdateStage's method-setting paths: {@code /{resource path}/{METHOD}/{group}/{setting}}
 * replaced, {@code /{resource path}/{METHOD}} removed. {@code /*}{@code /*} holds the stage-wide
 * settings (key {@code *}{@code /*}); {@code /~1s3/GET} goes under {@code s3/GET}. A method's own
 * settings start from the stage-wide ones, as AWS shows them.
 */
final class StageMethodSettings {

	/** Every path UpdateStage takes, as AWS lists them in its error (its run-together entries included). */
	static final String VALID_PATHS = "[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, "
			+ "/clientCertificateId, /accessLogSettings, /accessLogSettings/destinationArn, /accessLogSettings/format, "
			+ "/{resourcePath}/{httpMethod}/metrics/enabled, /{resourcePath}/{httpMethod}/logging/dataTrace, "
			+ "/{resourcePath}/{httpMethod}/logging/loglevel, "
			+ "/{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit"
			+ "/{resourcePath}/{httpMethod}/caching/ttlInSeconds, /{resourcePath}/{httpMethod}/caching/enabled, "
			+ "/{resourcePath}/{httpMethod}/caching/dataEncrypted, "
			+ "/{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, "
			+ "/{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, "
			+ "/*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit "
			+ "/*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, "
			+ "/*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, "
			+ "/variables/{variable_name}, /tracingEnabled]";

	private static final List<String> SETTINGS = List.of("metrics/enabled", "logging/dataTrace", "logging/loglevel",
			"throttling/burstLimit", "throttling/rateLimit", "caching/ttlInSeconds", "caching/enabled",
			"caching/dataEncrypted", "caching/requireAuthorizationForCacheControl",
			"caching/unauthorizedCacheControlHeaderStrategy");

	private static final String ALL = "*/*";

	private StageMethodSettings() {
	}

	/** Whether the path addresses a method setting (two segments) or one of its values (four). */
	static boolean addresses(List<String> path) {
		return (path.size() == 2 || path.size() == 4) && !path.get(0).equals("variables")
				&& !path.get(0).equals("accessLogSettings");
	}

	/** AWS's answer to any path UpdateStage does not have. */
	static CloudException invalidPath(PatchOperation op) {
		return Errors.badRequest("Invalid method setting path: " + op.path() + ". Must be one of: " + VALID_PATHS);
	}

	static void apply(Stage stage, PatchOperation op, List<String> path) {
		String key = key(path);
		if (op.is("remove")) {
			if (path.size() != 2 || stage.methodSettings.remove(key) == null) {
				throw Errors.badRequest("Cannot remove method setting " + op.path().substring(1)
						+ " because there is no method setting for this method ");
			}
			return;
		}
		String setting = (path.size() == 4) ? path.get(2) + "/" + path.get(3) : null;
		if (setting == null || !SETTINGS.contains(setting)) {
			throw invalidPath(op);
		}
		if (!op.is("replace")) {
			throw op.replaceOnly();
		}
		MethodSetting values = stage.methodSettings.computeIfAbsent(key, (k) -> inherited(stage.methodSettings));
		set(values, setting, op.requiredValue());
	}

	/** What a new setting starts from: the stage-wide one when there is one, AWS's defaults otherwise. */
	private static MethodSetting inherited(Map<String, MethodSetting> settings) {
		MethodSetting all = settings.get(ALL);
		return (all != null) ? all.copy() : MethodSetting.defaults();
	}

	private static void set(MethodSetting setting, String name, String value) {
		switch (name) {
			case "throttling/rateLimit" -> setting.throttlingRateLimit = number(value);
			case "throttling/burstLimit" -> setting.throttlingBurstLimit = (int) Math.round(number(value));
			case "metrics/enabled" -> setting.metricsEnabled = Boolean.parseBoolean(value);
			case "logging/loglevel" -> setting.loggingLevel = value;
			case "logging/dataTrace" -> setting.dataTraceEnabled = Boolean.parseBoolean(value);
			case "caching/enabled" -> setting.cachingEnabled = Boolean.parseBoolean(value);
			case "caching/ttlInSeconds" -> setting.cacheTtlInSeconds = (int) Math.round(number(value));
			case "caching/dataEncrypted" -> setting.cacheDataEncrypted = Boolean.parseBoolean(value);
			case "caching/requireAuthorizationForCacheControl" ->
				setting.requireAuthorizationForCacheControl = Boolean.parseBoolean(value);
			default -> setting.unauthorizedCacheControlHeaderStrategy = value;
		}
	}

	/** {@code /~1s3/GET} is stored as {@code s3/GET}; {@code /*}{@code /*} as {@code *}{@code /*}. */
	private static String key(List<String> path) {
		String resourcePath = path.get(0).startsWith("/") ? path.get(0).substring(1) : path.get(0);
		return resourcePath + "/" + path.get(1);
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

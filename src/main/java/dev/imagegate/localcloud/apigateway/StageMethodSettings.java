package dev.imagegate.localcloud.apigateway;

import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.MethodSetting;
import dev.imagegate.localcloud.apigateway.model.Stage;
import dev.imagegate.localcloud.wire.CloudException;

/**
 * UpdateStage's method-setting paths: {@code /{resource path}/{METHOD}/{group}/{setting}}
 * replaced, {@code /{resource path}/{METHOD}} removed. {@code /*}{@code /*} holds the
 * stage-wide settings (key {@code *}{@code /*}); {@code /~1s3/GET} goes under
 * {@code s3/GET}. A method's own settings start from the stage-wide ones, as AWS shows
 * them.
 */
final class StageMethodSettings {

	/**
	 * Every path UpdateStage takes, as AWS lists them in its error (its run-together
	 * entries included).
	 */
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

	/**
	 * Whether the path addresses a method setting or one of its values, rather than a
	 * stage member.
	 */
	static boolean addresses(List<String> path) {
		return path.size() >= 2 && !path.get(0).equals("variables") && !path.get(0).equals("accessLogSettings");
	}

	/** AWS's answer to any path UpdateStage does not have. */
	static CloudException invalidPath(PatchOperation op) {
		return Errors.badRequest("Invalid method setting path: " + op.path() + ". Must be one of: " + VALID_PATHS);
	}

	/**
	 * The last two segments name the value ({@code throttling/rateLimit}), the one before
	 * them the HTTP method, the rest the resource path, escaped ({@code ~1a~1b}) or not.
	 * Only a whole method setting can be removed.
	 */
	static void apply(Stage stage, PatchOperation op, List<String> path) {
		int size = path.size();
		boolean isValue = size >= 4 && SETTINGS.contains(path.get(size - 2) + "/" + path.get(size - 1));
		if (op.is("remove")) {
			if (isValue || stage.methodSettings.remove(key(path, size)) == null) {
				throw Errors.badRequest("Cannot remove method setting " + op.path().substring(1)
						+ " because there is no method setting for this method ");
			}
			return;
		}
		if (!isValue) {
			throw invalidPath(op);
		}
		if (!op.is("replace")) {
			throw op.replaceOnly();
		}
		MethodSetting values = stage.methodSettings.computeIfAbsent(key(path, size - 2),
				(k) -> inherited(stage.methodSettings));
		set(values, path.get(size - 2) + "/" + path.get(size - 1), op.requiredValue());
	}

	/**
	 * What a new setting starts from: the stage-wide one when there is one, AWS's
	 * defaults otherwise.
	 */
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

	/**
	 * The segments before {@code end} as a key: {@code /~1s3/GET} is {@code s3/GET},
	 * {@code /*}{@code /*} is {@code *}{@code /*}.
	 */
	private static String key(List<String> path, int end) {
		String resourcePath = String.join("/", path.subList(0, end - 1));
		return (resourcePath.startsWith("/") ? resourcePath.substring(1) : resourcePath) + "/" + path.get(end - 1);
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

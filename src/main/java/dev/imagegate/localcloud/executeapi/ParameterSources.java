package dev.imagegate.localcloud.executeapi;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a mapping expression names:
 * {@code method.request.{querystring|path|header}.X}, a static {@code 'value'},
 * {@code stageVariables.X} and the {@code context.X} variables an S3 proxy maps into
 * headers (ids, api, stage, method, paths, protocol, domain, caller, time). An expression
 * naming nothing present gives null, and the target is then left out, as AWS does.
 */
final class ParameterSources {

	/**
	 * {@code $context.requestTime}: CLF, {@code dd/MMM/yyyy:HH:mm:ss +0000} (developer
	 * guide, context variables).
	 */
	private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
			Locale.ROOT);

	/** {@code ${stageVariables.name}} inside an integration's URI or credentials ARN. */
	private static final Pattern STAGE_VARIABLE = Pattern.compile("\\$\\{stageVariables\\.([A-Za-z0-9_]+)}");

	private ParameterSources() {
	}

	/**
	 * The text with each {@code ${stageVariables.name}} replaced by the stage's value
	 * (empty when it has none), as AWS allows in AWS integration URIs and credentials
	 * ("API Gateway stage variables reference").
	 */
	static String withStageVariables(String text, Map<String, String> stageVariables) {
		if (text == null || !text.contains("${stageVariables.")) {
			return text;
		}
		Matcher variable = STAGE_VARIABLE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (variable.find()) {
			String value = stageVariables.getOrDefault(variable.group(1), "");
			variable.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		return variable.appendTail(out).toString();
	}

	static String resolve(String expression, Invocation invocation, Map<String, String> pathParameters,
			Map<String, String> stageVariables, String resourcePath) {
		if (expression == null) {
			return null;
		}
		if (expression.length() >= 2 && expression.startsWith("'") && expression.endsWith("'")) {
			return expression.substring(1, expression.length() - 1);
		}
		if (expression.startsWith("method.request.")) {
			String source = expression.substring("method.request.".length());
			int dot = source.indexOf('.');
			return (dot < 0) ? null : methodRequestValue(source.substring(0, dot), source.substring(dot + 1),
					invocation, pathParameters);
		}
		if (expression.startsWith("stageVariables.")) {
			return stageVariables.get(expression.substring("stageVariables.".length()));
		}
		return switch (expression) {
			case "context.requestId", "context.extendedRequestId" ->
				expression.endsWith("requestId") ? invocation.requestId() : invocation.apigwId();
			case "context.apiId" -> invocation.apiId();
			case "context.stage" -> invocation.stage();
			case "context.httpMethod" -> invocation.httpMethod();
			case "context.resourcePath" -> resourcePath;
			case "context.path" -> "/" + invocation.stage() + "/" + String.join("/", invocation.path());
			case "context.protocol" -> invocation.servletRequest().getProtocol();
			case "context.domainName" -> invocation.header("host");
			case "context.identity.sourceIp" -> invocation.servletRequest().getRemoteAddr();
			case "context.identity.userAgent" -> invocation.header("user-agent");
			case "context.requestTimeEpoch" -> String.valueOf(System.currentTimeMillis());
			case "context.requestTime" -> REQUEST_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
			default -> null;
		};
	}

	static String methodRequestValue(String location, String name, Invocation invocation,
			Map<String, String> pathParameters) {
		return switch (location) {
			case "querystring" -> invocation.query().get(name);
			case "path" -> pathParameters.get(name);
			case "header" -> invocation.header(name);
			default -> null;
		};
	}

}

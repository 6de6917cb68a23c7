package dev.imagegate.localcloud.executeapi;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a mapping expression names: {@code method.request.{querystring|path|header}.X},
 * a static {@code 'value'}, {@code stageVariables.X} and a few {@code context.X} variables.
 * An expression naming nothing present gives null, and the target is then left out, as AWS does.
 */
final class ParameterSources {

	/** {@code ${stageVariables.name}} inside an integration's URI or credentials ARN. */
	private static final Pattern STAGE_VARIABLE = Pattern.compile("\\$\\{stageVariables\\.([A-Za-z0-9_]+)}");

	private ParameterSources() {
	}

	/**
	 * The text with each {@code ${stageVariables.name}} replaced by the stage's value (empty when
	 * it has none), as AWS allows in AWS integration URIs and credentials ("API Gateway stage
	 * variables reference").
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
			return (dot < 0) ? null
					: methodRequestValue(source.substring(0, dot), source.substring(dot + 1), invocation, pathParameters);
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

package dev.imagegate.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.proxyapi.ProxyApiDesign;
import dev.imagegate.proxyapi.ProxyApiSpec;

/**
 * An endpoint as an OpenAPI 3.0 document with API Gateway's extensions, in the shape API
 * Gateway's own export ({@code GetExport oas30} with
 * {@code extensions=integrations,apigateway}) gives (no models, so no {@code content} and
 * no {@code components}): importing it ({@code aws
 * apigateway import-rest-api}) and deploying it makes the same endpoint. Built in a fixed
 * order, so the same endpoint always gives the same bytes.
 */
final class OpenApiExport {

	private OpenApiExport() {
	}

	static Map<String, Object> document(ProxyApiDesign design, String roleArn) {
		ProxyApiSpec spec = design.spec();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("openapi", "3.0.1");
		document.put("info", map("title", spec.apiName(), "description", design.apiDescription(), "version",
				design.configFingerprint(roleArn)));
		document.put("servers",
				List.of(map("url", "https://{restApiId}.execute-api." + design.region() + ".amazonaws.com/{basePath}",
						"variables", map("basePath", map("default", spec.stage())))));
		document.put("paths", map("/" + spec.resource(), map("get", getMethod(design, roleArn))));
		document.put("x-amazon-apigateway-request-validators", map(ProxyApiDesign.VALIDATOR_NAME,
				map("validateRequestParameters", true, "validateRequestBody", false)));
		document.put("x-amazon-apigateway-binary-media-types", List.of(ProxyApiDesign.BINARY_MEDIA_TYPE));
		document.put("x-amazon-apigateway-endpoint-configuration", map("types", List.of(ProxyApiDesign.ENDPOINT_TYPE)));
		return document;
	}

	private static Map<String, Object> getMethod(ProxyApiDesign design, String roleArn) {
		Map<String, Object> method = new LinkedHashMap<>();
		List<Object> parameters = new ArrayList<>();
		design.methodRequestParameters().forEach((name, required) -> {
			String[] parts = name.split("\\.", 4);
			String in = parts[2].equals("querystring") ? "query" : parts[2];
			Map<String, Object> parameter = map("name", parts[3], "in", in);
			if (required) {
				parameter.put("required", true);
			}
			parameter.put("schema", map("type", "string"));
			parameters.add(parameter);
		});
		method.put("parameters", parameters);
		Map<String, Object> responses = new LinkedHashMap<>();
		design.methodResponses().forEach((status, headers) -> {
			Map<String, Object> declared = new LinkedHashMap<>();
			for (String header : headers) {
				declared.put(header, map("schema", map("type", "string")));
			}
			responses.put(status, map("description", status + " response", "headers", declared));
		});
		method.put("responses", responses);
		method.put("x-amazon-apigateway-request-validator", ProxyApiDesign.VALIDATOR_NAME);
		method.put("x-amazon-apigateway-integration", integration(design, roleArn));
		return method;
	}

	private static Map<String, Object> integration(ProxyApiDesign design, String roleArn) {
		Map<String, Object> responses = new LinkedHashMap<>();
		design.integrationResponsePatterns()
			.forEach((status, pattern) -> responses.put((pattern == null) ? "default" : pattern,
					map("statusCode", status, "responseParameters", design.integrationResponseParameters(status),
							"contentHandling", ProxyApiDesign.RESPONSE_CONTENT_HANDLING)));
		return map("type", "aws", "credentials", roleArn, "httpMethod", "GET", "uri", design.integrationUri(),
				"responses", responses, "requestParameters", design.integrationRequestParameters(),
				"passthroughBehavior", ProxyApiDesign.PASSTHROUGH_BEHAVIOR.toLowerCase());
	}

	/** An ordered map of alternating keys and values. */
	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}

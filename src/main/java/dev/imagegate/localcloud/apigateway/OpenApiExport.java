package dev.imagegate.localcloud.apigateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.imagegate.localcloud.apigateway.model.ApiSnapshot;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.MethodResponse;
import dev.imagegate.localcloud.apigateway.model.RequestValidator;
import dev.imagegate.localcloud.apigateway.model.Resource;

/**
 * A stage's deployed API as GetExport writes it: OpenAPI 3.0.1 ({@code oas30}) or Swagger
 * 2.0 ({@code swagger}), with API Gateway's extensions when asked for
 * ({@code extensions=integrations} or {@code apigateway}; AWS's "Export a REST API from
 * API Gateway" page). The info version is the deployment's creation time, and the server
 * is the stage's invoke URL, as AWS exports them.
 */
final class OpenApiExport {

	private static final List<String> METHOD_ORDER = List.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH",
			"ANY");

	/** The models AWS gives every API, as it exports them. */
	private static final Map<String, Map<String, Object>> DEFAULT_MODELS = Map.of("Empty",
			ordered("title", "Empty Schema", "type", "object"), "Error", ordered("title", "Error Schema", "type",
					"object", "properties", Map.of("message", Map.of("type", "string"))));

	/** What to export: which flavour and which extensions. */
	record Request(boolean swagger, boolean integrations, boolean apigateway) {

		boolean anyExtension() {
			return integrations || apigateway;
		}

	}

	/**
	 * Where the stage is served, for {@code servers} (or Swagger's {@code host} and
	 * {@code basePath}).
	 */
	record Served(String apiId, String stageName, String region, long deployedAt) {

		String host() {
			return apiId + ".execute-api." + region + ".amazonaws.com";
		}

		/**
		 * The deployment's creation time as AWS writes it for {@code info.version}, e.g.
		 * 2016-09-29T20:27:30Z.
		 */
		String version() {
			return Instant.ofEpochSecond(deployedAt).toString();
		}

	}

	private final Request request;

	private final Set<String> models = new TreeSet<>();

	private boolean signed;

	private boolean apiKeys;

	private OpenApiExport(Request request) {
		this.request = request;
	}

	static Map<String, Object> export(ApiSnapshot api, Served stage, Request request) {
		return new OpenApiExport(request).document(api, stage);
	}

	private Map<String, Object> document(ApiSnapshot api, Served stage) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put(request.swagger() ? "swagger" : "openapi", request.swagger() ? "2.0" : "3.0.1");
		document.put("info", ordered("title", api.apiName, "version", stage.version()));
		if (request.swagger()) {
			document.put("host", stage.host());
			document.put("basePath", "/" + stage.stageName());
			document.put("schemes", List.of("https"));
		}
		else {
			document.put("servers", List.of(ordered("url", "https://" + stage.host() + "/{basePath}", "variables",
					Map.of("basePath", Map.of("default", stage.stageName())))));
		}
		document.put("paths", paths(api));
		Map<String, Object> definitions = new LinkedHashMap<>();
		models.forEach((name) -> definitions.put(name, DEFAULT_MODELS.get(name)));
		Map<String, Object> schemes = securitySchemes();
		if (request.swagger()) {
			putIfAny(document, "securityDefinitions", schemes);
			putIfAny(document, "definitions", definitions);
		}
		else {
			Map<String, Object> components = new LinkedHashMap<>();
			putIfAny(components, "schemas", definitions);
			putIfAny(components, "securitySchemes", schemes);
			putIfAny(document, "components", components);
		}
		if (request.anyExtension() && api.binaryMediaTypes != null && !api.binaryMediaTypes.isEmpty()) {
			document.put("x-amazon-apigateway-binary-media-types", api.binaryMediaTypes);
		}
		if (request.apigateway() && api.requestValidators != null && !api.requestValidators.isEmpty()) {
			Map<String, Object> validators = new LinkedHashMap<>();
			api.requestValidators.values()
				.forEach((validator) -> validators.put(validator.name, ordered("validateRequestParameters",
						validator.validateRequestParameters, "validateRequestBody", validator.validateRequestBody)));
			document.put(OpenApiImport.VALIDATORS, validators);
		}
		return document;
	}

	private Map<String, Object> paths(ApiSnapshot api) {
		Map<String, Object> paths = new LinkedHashMap<>();
		api.resources.values()
			.stream()
			.filter((resource) -> resource.resourceMethods != null && !resource.resourceMethods.isEmpty())
			.sorted(Comparator.comparing((Resource resource) -> resource.path))
			.forEach((resource) -> {
				Map<String, Object> operations = new LinkedHashMap<>();
				resource.resourceMethods.values()
					.stream()
					.sorted(Comparator.comparing((Method method) -> METHOD_ORDER.indexOf(method.httpMethod)))
					.forEach((method) -> operations.put(OpenApiImport.operationKey(method.httpMethod),
							operation(method, api)));
				paths.put(resource.path, operations);
			});
		return paths;
	}

	private Map<String, Object> operation(Method method, ApiSnapshot api) {
		Map<String, Object> operation = new LinkedHashMap<>();
		if (method.operationName != null) {
			operation.put("operationId", method.operationName);
		}
		List<Object> parameters = parameters(method);
		if (!parameters.isEmpty()) {
			operation.put("parameters", parameters);
		}
		Map<String, Object> responses = new LinkedHashMap<>();
		if (method.methodResponses != null) {
			method.methodResponses.values()
				.forEach((response) -> responses.put(response.statusCode, response(response)));
		}
		operation.put("responses", responses);
		List<Object> security = new ArrayList<>();
		if ("AWS_IAM".equalsIgnoreCase(method.authorizationType)) {
			signed = true;
			security.add(Map.of(OpenApiImport.SIGV4, List.of()));
		}
		if (Boolean.TRUE.equals(method.apiKeyRequired)) {
			apiKeys = true;
			security.add(Map.of(OpenApiImport.API_KEY, List.of()));
		}
		if (!security.isEmpty()) {
			operation.put("security", security);
		}
		RequestValidator validator = (method.requestValidatorId != null && api.requestValidators != null)
				? api.requestValidators.get(method.requestValidatorId) : null;
		if (request.apigateway() && validator != null) {
			operation.put(OpenApiImport.VALIDATOR, validator.name);
		}
		if (request.anyExtension() && method.methodIntegration != null) {
			operation.put(IntegrationExtension.NAME, IntegrationExtension.write(method.methodIntegration));
		}
		return operation;
	}

	/**
	 * {@code method.request.querystring.image -> true} becomes a required query parameter
	 * {@code image}.
	 */
	private List<Object> parameters(Method method) {
		List<Object> parameters = new ArrayList<>();
		if (method.requestParameters == null) {
			return parameters;
		}
		method.requestParameters.forEach((name, required) -> {
			String[] parts = name.split("\\.", 4);
			String in = switch (parts[2]) {
				case "path" -> "path";
				case "header", "multivalueheader" -> "header";
				default -> "query";
			};
			Map<String, Object> parameter = new LinkedHashMap<>();
			parameter.put("name", parts[3]);
			parameter.put("in", in);
			if (in.equals("path") || Boolean.TRUE.equals(required)) {
				parameter.put("required", true);
			}
			parameter.putAll(stringType());
			parameters.add(parameter);
		});
		return parameters;
	}

	private Map<String, Object> response(MethodResponse response) {
		Map<String, Object> written = new LinkedHashMap<>();
		written.put("description", response.statusCode + " response");
		if (response.responseParameters != null && !response.responseParameters.isEmpty()) {
			Map<String, Object> headers = new LinkedHashMap<>();
			response.responseParameters.keySet()
				.forEach((name) -> headers.put(name.substring(OpenApiImport.RESPONSE_HEADER.length()), stringType()));
			written.put("headers", headers);
		}
		if (response.responseModels != null && !response.responseModels.isEmpty()) {
			response.responseModels.values().stream().filter(DEFAULT_MODELS::containsKey).forEach(models::add);
			if (request.swagger()) {
				written.put("schema", reference(response.responseModels.values().iterator().next()));
			}
			else {
				Map<String, Object> content = new LinkedHashMap<>();
				response.responseModels.forEach((type, model) -> content.put(type, Map.of("schema", reference(model))));
				written.put("content", content);
			}
		}
		return written;
	}

	private Map<String, Object> reference(String model) {
		return Map.of("$ref", (request.swagger() ? "#/definitions/" : "#/components/schemas/") + model);
	}

	private Map<String, Object> stringType() {
		return request.swagger() ? Map.of("type", "string") : Map.of("schema", Map.of("type", "string"));
	}

	/** The schemes AWS names for signed calls and API keys. */
	private Map<String, Object> securitySchemes() {
		Map<String, Object> schemes = new LinkedHashMap<>();
		if (apiKeys) {
			schemes.put(OpenApiImport.API_KEY, ordered("type", "apiKey", "name", "x-api-key", "in", "header"));
		}
		if (signed) {
			schemes.put(OpenApiImport.SIGV4, ordered("type", "apiKey", "name", "Authorization", "in", "header",
					"x-amazon-apigateway-authtype", "awsSigv4"));
		}
		return schemes;
	}

	private static void putIfAny(Map<String, Object> target, String member, Map<String, Object> value) {
		if (!value.isEmpty()) {
			target.put(member, value);
		}
	}

	/** Members in the order given, as AWS writes them (Map.of has none). */
	private static Map<String, Object> ordered(Object... namesAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

}

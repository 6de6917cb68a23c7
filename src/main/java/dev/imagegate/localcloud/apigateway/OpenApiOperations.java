package dev.imagegate.localcloud.apigateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.MethodResponse;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a definition read as API Gateway reads it: its parameters become the
 * method's request parameters, its security the authorization type (AWS_IAM for a scheme
 * of {@code x-amazon-apigateway-authtype: awsSigv4}, an API key for {@code x-api-key}),
 * its responses the method responses with their headers.
 */
final class OpenApiOperations {

	private static final List<String> DEFAULT_MODELS = List.of("Empty", "Error");

	private final JsonNode document;

	private final JsonNode schemes;

	OpenApiOperations(JsonNode document) {
		this.document = document;
		this.schemes = document.has("securityDefinitions") ? document.path("securityDefinitions")
				: document.path("components").path("securitySchemes");
	}

	Method method(JsonNode operation, JsonNode pathItem, String httpMethod, String validatorId) {
		Method method = new Method();
		method.httpMethod = httpMethod;
		method.authorizationType = "NONE";
		method.operationName = operation.path("operationId").asString(null);
		method.requestValidatorId = validatorId;
		Map<String, Boolean> parameters = new LinkedHashMap<>();
		readParameters(pathItem.path("parameters"), parameters);
		readParameters(operation.path("parameters"), parameters);
		method.requestParameters = parameters.isEmpty() ? null : parameters;
		method.requestModels = requestModels(operation);
		JsonNode security = operation.has("security") ? operation.path("security") : document.path("security");
		for (JsonNode requirement : security.values()) {
			for (String name : requirement.propertyNames()) {
				authorize(method, schemes.path(name));
			}
		}
		String auth = operation.path("x-amazon-apigateway-auth").path("type").asString(null);
		if (auth != null) {
			method.authorizationType = auth.toUpperCase(Locale.ROOT);
		}
		return method;
	}

	private static void authorize(Method method, JsonNode scheme) {
		if (scheme.path("x-amazon-apigateway-authtype").asString("").equalsIgnoreCase("awsSigv4")) {
			method.authorizationType = "AWS_IAM";
		}
		else if (scheme.has("x-amazon-apigateway-authorizer")) {
			throw Errors.badRequest("Authorizers are not emulated by the imagegate local cloud");
		}
		else if (scheme.path("type").asString("").equals("apiKey")
				&& scheme.path("name").asString("").equalsIgnoreCase("x-api-key")) {
			method.apiKeyRequired = true;
		}
	}

	private void readParameters(JsonNode parameters, Map<String, Boolean> into) {
		for (JsonNode declared : parameters.values()) {
			JsonNode parameter = resolve(declared);
			String name = parameter.path("name").asString("");
			String location = switch (parameter.path("in").asString("")) {
				case "path" -> "path";
				case "query" -> "querystring";
				case "header" -> "header";
				default -> null;
			};
			if (location != null && !name.isEmpty()) {
				into.put("method.request." + location + "." + name,
						location.equals("path") || parameter.path("required").asBoolean(false));
			}
		}
	}

	/**
	 * OpenAPI 3's {@code requestBody} or Swagger's {@code in: body} parameter, by content
	 * type.
	 */
	private Map<String, String> requestModels(JsonNode operation) {
		Map<String, String> models = new LinkedHashMap<>();
		resolve(operation.path("requestBody")).path("content")
			.properties()
			.forEach((content) -> model(content.getValue().path("schema"))
				.ifPresent((model) -> models.put(content.getKey(), model)));
		for (JsonNode parameter : operation.path("parameters").values()) {
			if (resolve(parameter).path("in").asString("").equals("body")) {
				model(resolve(parameter).path("schema")).ifPresent((model) -> models.put("application/json", model));
			}
		}
		return models.isEmpty() ? null : models;
	}

	/**
	 * A {@code $ref} to a parameter declared once for the document
	 * ({@code #/components/parameters/x}).
	 */
	private JsonNode resolve(JsonNode node) {
		String ref = node.path("$ref").asString(null);
		return (ref != null && ref.startsWith("#/")) ? document.at(ref.substring(1)) : node;
	}

	List<MethodResponse> responses(JsonNode operation) {
		List<MethodResponse> responses = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : operation.path("responses").properties()) {
			if (!entry.getKey().matches("[1-5]\\d\\d")) {
				continue;
			}
			MethodResponse response = new MethodResponse();
			response.statusCode = entry.getKey();
			JsonNode declared = resolve(entry.getValue());
			Map<String, Boolean> headers = new LinkedHashMap<>();
			declared.path("headers")
				.propertyNames()
				.forEach((name) -> headers.put(OpenApiImport.RESPONSE_HEADER + name, false));
			response.responseParameters = headers.isEmpty() ? null : headers;
			Map<String, String> models = new LinkedHashMap<>();
			declared.path("content")
				.properties()
				.forEach((content) -> model(content.getValue().path("schema"))
					.ifPresent((model) -> models.put(content.getKey(), model)));
			model(declared.path("schema")).ifPresent((model) -> models.put("application/json", model));
			response.responseModels = models.isEmpty() ? null : models;
			responses.add(response);
		}
		return responses;
	}

	/**
	 * Only the models every API has (Empty, Error) are emulated; a reference to another
	 * is left out.
	 */
	private static Optional<String> model(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		String name = ref.substring(ref.lastIndexOf('/') + 1);
		return DEFAULT_MODELS.contains(name) ? Optional.of(name) : Optional.empty();
	}

}

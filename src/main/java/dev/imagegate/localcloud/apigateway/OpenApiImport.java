package dev.imagegate.localcloud.apigateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.EndpointConfiguration;
import dev.imagegate.localcloud.apigateway.model.Integration;
import dev.imagegate.localcloud.apigateway.model.IntegrationResponse;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.MethodResponse;
import dev.imagegate.localcloud.apigateway.model.RequestValidator;
import dev.imagegate.localcloud.apigateway.model.Resource;
import dev.imagegate.localcloud.apigateway.model.RestApi;
import tools.jackson.databind.JsonNode;

/**
 * ImportRestApi and PutRestApi: an OpenAPI 3.0 or Swagger 2.0 definition made into an API
 * through the same services the single calls use, so an import is exactly what those
 * calls would have made (and is refused as they would refuse it). A failed import leaves
 * no API behind.
 */
final class OpenApiImport {

	static final String VALIDATORS = "x-amazon-apigateway-request-validators";

	static final String VALIDATOR = "x-amazon-apigateway-request-validator";

	static final String BINARY_MEDIA_TYPES = "x-amazon-apigateway-binary-media-types";

	static final String ANY_METHOD = "x-amazon-apigateway-any-method";

	static final String SIGV4 = "sigv4";

	static final String API_KEY = "api_key";

	static final String RESPONSE_HEADER = "method.response.header.";

	private static final List<String> OPERATIONS = List.of("get", "put", "post", "delete", "options", "head", "patch",
			ANY_METHOD);

	private final RestApiService apis;

	private final ResourceService resources;

	private final MethodService methods;

	private final IntegrationService integrations;

	private final ValidatorService validators;

	OpenApiImport(RestApiService apis, ResourceService resources, MethodService methods,
			IntegrationService integrations, ValidatorService validators) {
		this.apis = apis;
		this.resources = resources;
		this.methods = methods;
		this.integrations = integrations;
		this.validators = validators;
	}

	/**
	 * The key of a method's operation in a path item: {@code get}, or API Gateway's own
	 * for ANY.
	 */
	static String operationKey(String httpMethod) {
		return httpMethod.equals("ANY") ? ANY_METHOD : httpMethod.toLowerCase(Locale.ROOT);
	}

	/** ImportRestApi: a new API named by {@code info.title}. */
	RestApi importApi(JsonNode document, Map<String, String> parameters) {
		String title = document.path("info").path("title").asString("");
		if (title.isBlank()) {
			throw OpenApiDocument.invalid();
		}
		RestApi request = new RestApi();
		request.name = title;
		request.description = document.path("info").path("description").asString(null);
		request.version = document.path("info").path("version").asString(null);
		request.binaryMediaTypes = strings(document.path(BINARY_MEDIA_TYPES));
		request.apiKeySource = document.path("x-amazon-apigateway-api-key-source").asString(null);
		JsonNode compression = document.path("x-amazon-apigateway-minimum-compression-size");
		request.minimumCompressionSize = compression.isNumber() ? compression.asInt() : null;
		JsonNode policy = document.path("x-amazon-apigateway-policy");
		request.policy = policy.isObject() ? policy.toString() : null;
		JsonNode endpoint = document.path("x-amazon-apigateway-endpoint-configuration");
		request.disableExecuteApiEndpoint = endpoint.path("disableExecuteApiEndpoint").asBoolean(false);
		String endpointType = parameters.get("endpointConfigurationTypes");
		if (endpointType != null || endpoint.path("types").isArray()) {
			request.endpointConfiguration = new EndpointConfiguration();
			request.endpointConfiguration.types = (endpointType != null)
					? List.of(endpointType.toUpperCase(Locale.ROOT)) : strings(endpoint.path("types"));
		}
		RestApi api = apis.create(request);
		try {
			define(api.id, document, parameters);
		}
		catch (RuntimeException ex) {
			apis.delete(api.id);
			throw ex;
		}
		return apis.get(api.id);
	}

	/**
	 * PutRestApi: {@code overwrite} replaces the API's definition, {@code merge} (the
	 * default) adds to it.
	 */
	RestApi putApi(String apiId, JsonNode document, String mode, Map<String, String> parameters) {
		RestApi api = apis.get(apiId);
		if ("overwrite".equals(mode)) {
			for (Resource resource : resources.list(apiId)) {
				if (resource.parentId != null && isTop(resource)) {
					resources.delete(apiId, resource.id);
				}
				else if (resource.parentId == null && resource.resourceMethods != null) {
					List.copyOf(resource.resourceMethods.keySet())
						.forEach((name) -> methods.delete(apiId, resource.id, name));
				}
			}
			validators.list(apiId).forEach((validator) -> validators.delete(apiId, validator.id));
			List<PatchOperation> types = new ArrayList<>();
			if (api.binaryMediaTypes != null) {
				api.binaryMediaTypes
					.forEach((type) -> types.add(new PatchOperation("remove", mediaTypePath(type), null, null)));
			}
			apis.update(apiId, types);
		}
		List<PatchOperation> added = new ArrayList<>();
		List<String> current = apis.get(apiId).binaryMediaTypes;
		for (String type : strings(document.path(BINARY_MEDIA_TYPES))) {
			if (current == null || !current.contains(type)) {
				added.add(new PatchOperation("add", mediaTypePath(type), null, null));
			}
		}
		apis.update(apiId, added);
		define(apiId, document, parameters);
		return apis.get(apiId);
	}

	private static boolean isTop(Resource resource) {
		return resource.path.lastIndexOf('/') == 0;
	}

	private static String mediaTypePath(String type) {
		return "/binaryMediaTypes/" + type.replace("~", "~0").replace("/", "~1");
	}

	/**
	 * Validators first (methods name them), then each path's resources, methods and
	 * integrations.
	 */
	private void define(String apiId, JsonNode document, Map<String, String> parameters) {
		Map<String, String> validatorIds = new HashMap<>();
		validators.list(apiId).forEach((validator) -> validatorIds.put(validator.name, validator.id));
		document.path(VALIDATORS).properties().forEach((entry) -> {
			if (!validatorIds.containsKey(entry.getKey())) {
				RequestValidator validator = new RequestValidator();
				validator.name = entry.getKey();
				validator.validateRequestBody = entry.getValue().path("validateRequestBody").asBoolean(false);
				validator.validateRequestParameters = entry.getValue()
					.path("validateRequestParameters")
					.asBoolean(false);
				validatorIds.put(validator.name, validators.create(apiId, validator).id);
			}
		});
		String defaultValidator = document.path(VALIDATOR).asString(null);
		Map<String, String> resourceIds = new HashMap<>();
		resources.list(apiId).forEach((resource) -> resourceIds.put(resource.path, resource.id));
		String prefix = "prepend".equals(parameters.get("basepath")) ? basePath(document) : "";
		List<Map.Entry<String, JsonNode>> paths = new ArrayList<>(document.path("paths").properties());
		paths.sort(Comparator.comparing(Map.Entry::getKey));
		OpenApiOperations reader = new OpenApiOperations(document);
		for (Map.Entry<String, JsonNode> path : paths) {
			String resourceId = resource(apiId, prefix + path.getKey(), resourceIds);
			for (String key : OPERATIONS) {
				JsonNode operation = path.getValue().path(key);
				if (operation.isObject()) {
					String validator = operation.path(VALIDATOR).asString(defaultValidator);
					Method method = reader.method(operation, path.getValue(),
							key.equals(ANY_METHOD) ? "ANY" : key.toUpperCase(Locale.ROOT),
							(validator != null) ? validatorIds.get(validator) : null);
					putMethod(apiId, resourceId, method, reader.responses(operation),
							operation.path(IntegrationExtension.NAME));
				}
			}
		}
	}

	private void putMethod(String apiId, String resourceId, Method method, List<MethodResponse> responses,
			JsonNode extension) {
		Resource resource = resources.get(apiId, resourceId);
		if (resource.resourceMethods != null && resource.resourceMethods.containsKey(method.httpMethod)) {
			methods.delete(apiId, resourceId, method.httpMethod);
		}
		methods.put(apiId, resourceId, method);
		responses.forEach((response) -> methods.putResponse(apiId, resourceId, method.httpMethod, response));
		if (extension.isObject()) {
			Integration integration = IntegrationExtension.read(extension);
			integrations.put(apiId, resourceId, method.httpMethod, integration);
			for (IntegrationResponse response : IntegrationExtension.responses(extension)) {
				integrations.putResponse(apiId, resourceId, method.httpMethod, response);
			}
		}
	}

	/** The resource at {@code path}, made part by part where missing. */
	private String resource(String apiId, String path, Map<String, String> resourceIds) {
		String current = "/";
		for (String part : path.split("/")) {
			if (part.isEmpty()) {
				continue;
			}
			String child = (current.equals("/") ? "" : current) + "/" + part;
			if (!resourceIds.containsKey(child)) {
				resourceIds.put(child, resources.create(apiId, resourceIds.get(current), part).id);
			}
			current = child;
		}
		return resourceIds.get(current);
	}

	/**
	 * Swagger's {@code basePath}, or the path of OpenAPI 3's first server with its
	 * variables' defaults.
	 */
	private static String basePath(JsonNode document) {
		if (document.has("basePath")) {
			return trimSlash(document.path("basePath").asString(""));
		}
		JsonNode server = document.path("servers").path(0);
		String url = server.path("url").asString("");
		for (Map.Entry<String, JsonNode> variable : server.path("variables").properties()) {
			url = url.replace("{" + variable.getKey() + "}", variable.getValue().path("default").asString(""));
		}
		int hostEnd = url.indexOf("://");
		String path = (hostEnd < 0) ? url : url.substring(Math.max(url.indexOf('/', hostEnd + 3), hostEnd + 3));
		return trimSlash(path.contains("/") ? path.substring(path.indexOf('/')) : "");
	}

	private static String trimSlash(String path) {
		String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		return (trimmed.isEmpty() || trimmed.startsWith("/")) ? trimmed : "/" + trimmed;
	}

	private static List<String> strings(JsonNode node) {
		return node.isArray() ? node.values().stream().map(JsonNode::asString).toList() : List.of();
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.MethodResponse;
import dev.imagegate.localcloud.apigateway.model.Resource;

/** PutMethod, GetMethod, DeleteMethod and the method responses. */
class MethodService {

	static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");

	/** UpdateMethod's paths that take a replace of the whole value. */
	private static final List<String> SCALARS = List.of("authorizationType", "authorizerId", "apiKeyRequired",
			"operationName", "requestValidatorId");

	private static final List<String> DEFAULT_MODELS = List.of("Empty", "Error");

	private static final Set<String> AUTHORIZATION_TYPES = Set.of("NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS");

	private static final Pattern REQUEST_PARAMETER = Pattern
		.compile("method\\.request\\.(path|querystring|multivaluequerystring|header|multivalueheader)\\.[^\\s]+");

	private static final Pattern RESPONSE_PARAMETER = Pattern.compile("method\\.response\\.header\\.[^\\s]+");

	private final ApiGatewayStore store;

	MethodService(ApiGatewayStore store) {
		this.store = store;
	}

	/** The resource is looked up before the request is checked, as AWS does. */
	Method put(String apiId, String resourceId, Method method) {
		method.apiKeyRequired = Boolean.TRUE.equals(method.apiKeyRequired);
		return store.write((state) -> {
			ApiRecord api = state.api(apiId, Errors::missingResource);
			Resource resource = api.resource(resourceId);
			checkHttpMethod(method.httpMethod);
			checkAuthorization(method.authorizationType, method.authorizerId);
			checkRequestParameters(method.requestParameters);
			checkModels(method.requestModels);
			method.requestValidatorId = validatorId(api, method.requestValidatorId);
			if (resource.resourceMethods == null) {
				resource.resourceMethods = new LinkedHashMap<>();
			}
			if (resource.resourceMethods.containsKey(method.httpMethod)) {
				throw Errors.conflict("Method already exists for this resource");
			}
			resource.resourceMethods.put(method.httpMethod, method);
			return method;
		});
	}

	/**
	 * UpdateMethod: what a re-run needs when PutMethod answers ConflictException. Request
	 * parameters are addressed by name in the path
	 * ({@code /requestParameters/method.request.querystring.image}).
	 */
	Method update(String apiId, String resourceId, String httpMethod, List<PatchOperation> operations) {
		return store.write((state) -> {
			ApiRecord api = state.api(apiId, Errors::missingResource);
			Method method = api.method(resourceId, httpMethod);
			for (PatchOperation op : operations) {
				List<String> path = op.segments();
				if (path.size() == 2 && path.get(0).equals("requestParameters")) {
					patchRequestParameter(method, op, path.get(1));
				}
				else if (path.size() == 2 && path.get(0).equals("requestModels")) {
					method.requestModels = MethodPartUpdates.patchEntry(method.requestModels, op, path.get(1),
							op.value(), "Content-Type specified was not found");
					checkModels(method.requestModels);
				}
				else if (path.size() == 1 && SCALARS.contains(path.get(0))) {
					if (!op.is("replace")) {
						throw op.replaceOnly();
					}
					patchScalar(api, method, path.get(0), op.value());
				}
				else {
					throw op.unsupported();
				}
			}
			checkAuthorization(method.authorizationType, method.authorizerId);
			return method;
		});
	}

	private static void patchScalar(ApiRecord api, Method method, String member, String value) {
		switch (member) {
			case "authorizationType" -> method.authorizationType = checkAuthorizationType(value);
			case "authorizerId" -> method.authorizerId = value;
			case "apiKeyRequired" -> method.apiKeyRequired = Boolean.parseBoolean(value);
			case "operationName" -> method.operationName = value;
			default -> method.requestValidatorId = validatorId(api, value);
		}
	}

	private static void patchRequestParameter(Method method, PatchOperation op, String name) {
		checkName(name, REQUEST_PARAMETER);
		Map<String, Boolean> parameters = MethodPartUpdates.patchEntry(method.requestParameters, op, name,
				Boolean.parseBoolean(op.value()), "Invalid parameter name specified");
		checkRequestParameters(parameters);
		method.requestParameters = parameters;
	}

	/**
	 * A request parameter's name must be unique across the query string, the headers and
	 * the path (LocalStack's AWS-recorded test_method_request_parameters snapshot).
	 */
	private static void checkRequestParameters(Map<String, Boolean> parameters) {
		if (parameters == null) {
			return;
		}
		Map<String, String> locations = new LinkedHashMap<>();
		for (String name : parameters.keySet()) {
			checkName(name, REQUEST_PARAMETER);
			String[] parts = name.split("\\.", 4);
			String location = parts[2].replace("multivalue", "");
			String previous = locations.putIfAbsent(parts[3], location);
			if (previous != null && !previous.equals(location)) {
				throw Errors.badRequest("Parameter names must be unique across querystring, header and path");
			}
		}
	}

	/**
	 * Models are not emulated beyond the two AWS gives every API, Empty and Error, so any
	 * other name is unknown (test_put_method_validation invalid-model-name).
	 */
	private static void checkModels(Map<String, String> models) {
		if (models != null) {
			models.values().stream().filter((name) -> !DEFAULT_MODELS.contains(name)).findFirst().ifPresent((name) -> {
				throw Errors.badRequest("Invalid model identifier specified: " + name);
			});
		}
	}

	/**
	 * No authorizers are emulated, so CUSTOM and COGNITO_USER_POOLS never have a valid
	 * one.
	 */
	private static void checkAuthorization(String authorizationType, String authorizerId) {
		if ("CUSTOM".equalsIgnoreCase(authorizationType) || "COGNITO_USER_POOLS".equalsIgnoreCase(authorizationType)) {
			throw Errors.badRequest("Invalid authorizer ID specified. Setting the authorization type to CUSTOM or "
					+ "COGNITO_USER_POOLS requires a valid authorizer.");
		}
		checkAuthorizationType(authorizationType);
	}

	/** An existing validator's id, or null to take the validator off. */
	private static String validatorId(ApiRecord api, String validatorId) {
		if (validatorId == null || validatorId.isEmpty()) {
			return null;
		}
		if (!api.validators.containsKey(validatorId)) {
			throw Errors.badRequest("Invalid Request Validator identifier specified");
		}
		return validatorId;
	}

	/**
	 * The four types, in any case, kept as spelled: the model types the member as a plain
	 * string, and clients (moto's suite, CloudFormation templates) send {@code none}.
	 */
	private static String checkAuthorizationType(String authorizationType) {
		if (authorizationType == null || !AUTHORIZATION_TYPES.contains(authorizationType.toUpperCase(Locale.ROOT))) {
			throw Errors.badRequest("Invalid authorization type specified. Valid options are "
					+ "NONE,AWS_IAM,CUSTOM,COGNITO_USER_POOLS: " + authorizationType);
		}
		return authorizationType;
	}

	Method get(String apiId, String resourceId, String httpMethod) {
		return store.read((state) -> state.api(apiId, Errors::missingResource).method(resourceId, httpMethod));
	}

	void delete(String apiId, String resourceId, String httpMethod) {
		store.write((state) -> {
			ApiRecord api = state.api(apiId, Errors::missingResource);
			api.method(resourceId, httpMethod);
			Resource resource = api.resource(resourceId);
			resource.resourceMethods.remove(httpMethod);
			if (resource.resourceMethods.isEmpty()) {
				resource.resourceMethods = null;
			}
			return null;
		});
	}

	MethodResponse putResponse(String apiId, String resourceId, String httpMethod, MethodResponse response) {
		return store.write((state) -> {
			Method method = state.api(apiId, Errors::missingResource).method(resourceId, httpMethod);
			if (response.responseParameters != null) {
				response.responseParameters.keySet().forEach((name) -> checkName(name, RESPONSE_PARAMETER));
			}
			if (method.methodResponses == null) {
				method.methodResponses = new LinkedHashMap<>();
			}
			if (method.methodResponses.containsKey(response.statusCode)) {
				throw Errors.conflict("Response already exists for this resource");
			}
			method.methodResponses.put(response.statusCode, response);
			return response;
		});
	}

	MethodResponse getResponse(String apiId, String resourceId, String httpMethod, String statusCode) {
		return store.read((state) -> response(state.api(apiId, Errors::missingResource).method(resourceId, httpMethod),
				statusCode));
	}

	void deleteResponse(String apiId, String resourceId, String httpMethod, String statusCode) {
		store.write((state) -> {
			Method method = state.api(apiId, Errors::missingResource).method(resourceId, httpMethod);
			response(method, statusCode);
			method.methodResponses.remove(statusCode);
			if (method.methodResponses.isEmpty()) {
				method.methodResponses = null;
			}
			return null;
		});
	}

	private static MethodResponse response(Method method, String statusCode) {
		MethodResponse response = (method.methodResponses != null) ? method.methodResponses.get(statusCode) : null;
		if (response == null) {
			throw Errors.notFound("Invalid Response status code specified");
		}
		return response;
	}

	static void checkHttpMethod(String httpMethod) {
		if (!HTTP_METHODS.contains(httpMethod)) {
			throw Errors.badRequest(
					"Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY");
		}
	}

	private static void checkName(String name, Pattern pattern) {
		if (!pattern.matcher(name).matches()) {
			throw Errors.badRequest("Invalid mapping expression specified: Validation Result: warnings : [], "
					+ "errors : [Invalid parameter name specified: " + name + "]");
		}
	}

}

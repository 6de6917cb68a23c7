package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.MethodResponse;
import dev.imagegate.localcloud.apigateway.model.Resource;

/** PutMethod, GetMethod, DeleteMethod and the method responses. */
class MethodService {

	static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");

	private static final Set<String> AUTHORIZATION_TYPES = Set.of("NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS");

	private static final Pattern REQUEST_PARAMETER = Pattern
		.compile("method\\.request\\.(path|querystring|multivaluequerystring|header|multivalueheader)\\.[^\\s]+");

	private static final Pattern RESPONSE_PARAMETER = Pattern.compile("method\\.response\\.header\\.[^\\s]+");

	private static final Pattern STATUS_CODE = Pattern.compile("[1-5]\\d\\d");

	private final ApiGatewayStore store;

	private final String accountId;

	MethodService(ApiGatewayStore store, String accountId) {
		this.store = store;
		this.accountId = accountId;
	}

	Method put(String apiId, String resourceId, Method method) {
		checkHttpMethod(method.httpMethod);
		checkAuthorizationType(method.authorizationType);
		if (method.requestParameters != null) {
			method.requestParameters.keySet().forEach((name) -> checkName(name, REQUEST_PARAMETER));
		}
		method.apiKeyRequired = Boolean.TRUE.equals(method.apiKeyRequired);
		return store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			Resource resource = api.resource(resourceId);
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
	 * parameters are addressed by name in the path ({@code /requestParameters/method.request.querystring.image}).
	 */
	Method update(String apiId, String resourceId, String httpMethod, List<PatchOperation> operations) {
		return store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			Method method = api.method(resourceId, httpMethod);
			for (PatchOperation op : operations) {
				List<String> path = op.segments();
				if (path.size() == 2 && path.get(0).equals("requestParameters")) {
					patchRequestParameter(method, op, path.get(1));
					continue;
				}
				if (path.size() != 1 || !op.is("replace")) {
					throw op.unsupported();
				}
				switch (path.get(0)) {
					case "authorizationType" -> method.authorizationType = checkAuthorizationType(op.requiredValue());
					case "apiKeyRequired" -> method.apiKeyRequired = Boolean.parseBoolean(op.value());
					case "operationName" -> method.operationName = op.value();
					case "requestValidatorId" -> method.requestValidatorId = validatorId(api, op.value());
					default -> throw op.unsupported();
				}
			}
			return method;
		});
	}

	private static void patchRequestParameter(Method method, PatchOperation op, String name) {
		checkName(name, REQUEST_PARAMETER);
		Map<String, Boolean> parameters = (method.requestParameters != null) ? method.requestParameters
				: new LinkedHashMap<>();
		if (op.is("add") || op.is("replace")) {
			parameters.put(name, Boolean.parseBoolean(op.value()));
		}
		else if (op.is("remove")) {
			parameters.remove(name);
		}
		else {
			throw op.unsupported();
		}
		method.requestParameters = parameters.isEmpty() ? null : parameters;
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

	private static String checkAuthorizationType(String authorizationType) {
		if (!AUTHORIZATION_TYPES.contains(authorizationType)) {
			throw Errors.badRequest("Invalid authorization type specified. Valid options are "
					+ "NONE,AWS_IAM,CUSTOM,COGNITO_USER_POOLS: " + authorizationType);
		}
		return authorizationType;
	}

	Method get(String apiId, String resourceId, String httpMethod) {
		return store.read((state) -> state.api(accountId, apiId).method(resourceId, httpMethod));
	}

	void delete(String apiId, String resourceId, String httpMethod) {
		store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			api.method(resourceId, httpMethod);
			return api.resource(resourceId).resourceMethods.remove(httpMethod);
		});
	}

	MethodResponse putResponse(String apiId, String resourceId, String httpMethod, MethodResponse response) {
		checkStatusCode(response.statusCode);
		if (response.responseParameters != null) {
			response.responseParameters.keySet().forEach((name) -> checkName(name, RESPONSE_PARAMETER));
		}
		return store.write((state) -> {
			Method method = state.api(accountId, apiId).method(resourceId, httpMethod);
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
		return store.read((state) -> response(state.api(accountId, apiId).method(resourceId, httpMethod), statusCode));
	}

	void deleteResponse(String apiId, String resourceId, String httpMethod, String statusCode) {
		store.write((state) -> {
			Method method = state.api(accountId, apiId).method(resourceId, httpMethod);
			response(method, statusCode);
			return method.methodResponses.remove(statusCode);
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

	static void checkStatusCode(String statusCode) {
		if (statusCode == null || !STATUS_CODE.matcher(statusCode).matches()) {
			throw Errors.badRequest("Invalid status code specified: " + statusCode + ". It must be 1xx to 5xx.");
		}
	}

	private static void checkName(String name, Pattern pattern) {
		if (!pattern.matcher(name).matches()) {
			throw Errors.badRequest("Invalid mapping expression specified: Validation Result: warnings : [], "
					+ "errors : [Invalid parameter name specified: " + name + "]");
		}
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
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
		if (!AUTHORIZATION_TYPES.contains(method.authorizationType)) {
			throw Errors.badRequest("Invalid authorization type specified. Valid options are "
					+ "NONE,AWS_IAM,CUSTOM,COGNITO_USER_POOLS: " + method.authorizationType);
		}
		if (method.requestParameters != null) {
			method.requestParameters.keySet().forEach((name) -> checkName(name, REQUEST_PARAMETER));
		}
		method.apiKeyRequired = Boolean.TRUE.equals(method.apiKeyRequired);
		return store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			Resource resource = api.resource(resourceId);
			if (method.requestValidatorId != null && !api.validators.containsKey(method.requestValidatorId)) {
				throw Errors.badRequest("Invalid Request Validator identifier specified");
			}
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

package dev.imagegate.localcloud.apigateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.apigateway.model.Integration;
import dev.imagegate.localcloud.apigateway.model.IntegrationResponse;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.MethodResponse;
import dev.imagegate.localcloud.apigateway.model.Resource;

/** PutIntegration, GetIntegration, DeleteIntegration and the integration responses. */
class IntegrationService {

	private static final Set<String> PASSTHROUGH = Set.of("WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER");

	private static final Pattern MEDIA_TYPE = Pattern.compile("[^\\s/]+/[^\\s/]+");

	/** {@code arn:aws:apigateway:{region}:{subdomain.}{service}:path|action/...}. */
	private static final Pattern AWS_URI = Pattern
		.compile("arn:aws[a-z-]*:apigateway:[a-z0-9-]+:([a-z0-9-]+\\.)?[a-z0-9-]+:(path|action)/.+");

	private static final Pattern TARGET = Pattern
		.compile("integration\\.request\\.(path|querystring|multivaluequerystring|header|multivalueheader)\\.[^\\s]+");

	private static final Pattern METHOD_SOURCE = Pattern
		.compile("method\\.request\\.(path|querystring|multivaluequerystring|header|multivalueheader)\\.([^\\s]+)");

	private static final Pattern OTHER_SOURCE = Pattern
		.compile("'[^']*'|method\\.request\\.body(\\..+)?|stageVariables\\.[a-zA-Z0-9_]+|context\\.[a-zA-Z0-9_.]+");

	private final ApiGatewayStore store;

	IntegrationService(ApiGatewayStore store) {
		this.store = store;
	}

	/** Replaces the method's integration; its integration responses stay. */
	Integration put(String apiId, String resourceId, String httpMethod, Integration integration) {
		return store.write((state) -> {
			ApiRecord api = state.api(apiId, Errors::missingResource);
			Method method = api.method(resourceId, httpMethod);
			checkShape(integration);
			checkMappings(integration, method, api.resource(resourceId));
			integration.cacheNamespace = (integration.cacheNamespace != null) ? integration.cacheNamespace : resourceId;
			if (method.methodIntegration != null) {
				integration.integrationResponses = method.methodIntegration.integrationResponses;
			}
			method.methodIntegration = integration;
			return integration;
		});
	}

	Integration get(String apiId, String resourceId, String httpMethod) {
		return store.read((state) -> state.api(apiId, Errors::missingResource).integration(resourceId, httpMethod));
	}

	void delete(String apiId, String resourceId, String httpMethod) {
		store.write((state) -> {
			ApiRecord api = state.api(apiId, Errors::missingResource);
			api.integration(resourceId, httpMethod);
			api.method(resourceId, httpMethod).methodIntegration = null;
			return null;
		});
	}

	IntegrationResponse putResponse(String apiId, String resourceId, String httpMethod, IntegrationResponse response) {
		return store.write((state) -> {
			ApiRecord api = state.api(apiId, Errors::missingResource);
			Integration integration = api.integration(resourceId, httpMethod);
			checkSelectionPattern(response.selectionPattern);
			checkContentTypes(response.responseTemplates);
			checkResponseMappings(response, api.method(resourceId, httpMethod));
			if (integration.integrationResponses == null) {
				integration.integrationResponses = new LinkedHashMap<>();
			}
			checkPatternUnique(integration, response);
			integration.integrationResponses.put(response.statusCode, response);
			return response;
		});
	}

	IntegrationResponse getResponse(String apiId, String resourceId, String httpMethod, String statusCode) {
		return store
			.read((state) -> response(state.api(apiId, Errors::missingResource).integration(resourceId, httpMethod),
					statusCode));
	}

	/**
	 * A missing method reads as a missing integration here
	 * (test_delete_integration_response_errors).
	 */
	void deleteResponse(String apiId, String resourceId, String httpMethod, String statusCode) {
		store.write((state) -> {
			ApiRecord api = state.api(apiId, Errors::missingResource);
			Resource resource = api.resource(resourceId);
			Method method = (resource.resourceMethods != null) ? resource.resourceMethods.get(httpMethod) : null;
			if (method == null || method.methodIntegration == null) {
				throw Errors.notFound("Invalid Integration identifier specified");
			}
			Integration integration = method.methodIntegration;
			response(integration, statusCode);
			integration.integrationResponses.remove(statusCode);
			if (integration.integrationResponses.isEmpty()) {
				integration.integrationResponses = null;
			}
			return null;
		});
	}

	private static void checkSelectionPattern(String selectionPattern) {
		if (selectionPattern != null) {
			try {
				Pattern.compile(selectionPattern);
			}
			catch (RuntimeException ex) {
				throw Errors.badRequest("Invalid selection pattern specified: " + selectionPattern);
			}
		}
	}

	/**
	 * Template keys are media types
	 * (test_integration_response_invalid_responsetemplates).
	 */
	private static void checkContentTypes(Map<String, String> templates) {
		if (templates == null) {
			return;
		}
		for (String contentType : templates.keySet()) {
			if (!MEDIA_TYPE.matcher(contentType).matches()) {
				throw Errors.badRequest("Validation Result: warnings : [], errors : [Invalid content type specified: "
						+ contentType + "]");
			}
		}
	}

	private static IntegrationResponse response(Integration integration, String statusCode) {
		IntegrationResponse response = (integration.integrationResponses != null)
				? integration.integrationResponses.get(statusCode) : null;
		if (response == null) {
			throw Errors.notFound("Invalid Response status code specified");
		}
		return response;
	}

	/** Each selection pattern (no pattern being "default") picks one status code only. */
	private static void checkPatternUnique(Integration integration, IntegrationResponse response) {
		String pattern = patternName(response);
		for (IntegrationResponse other : integration.integrationResponses.values()) {
			if (!other.statusCode.equals(response.statusCode) && patternName(other).equals(pattern)) {
				throw Errors.conflict("Integration response with selection pattern " + pattern + " already exists");
			}
		}
	}

	private static String patternName(IntegrationResponse response) {
		return (response.selectionPattern == null || response.selectionPattern.isEmpty()) ? "default"
				: response.selectionPattern;
	}

	/**
	 * Response headers can only be mapped onto headers the method response with the same
	 * status code declares, so AWS wants the method response first.
	 */
	private static void checkResponseMappings(IntegrationResponse response, Method method) {
		if (response.responseParameters == null || response.responseParameters.isEmpty()) {
			return;
		}
		MethodResponse declared = (method.methodResponses != null) ? method.methodResponses.get(response.statusCode)
				: null;
		if (declared == null) {
			throw invalidMapping("No method response exists for method.");
		}
		for (String target : response.responseParameters.keySet()) {
			if (declared.responseParameters == null || !declared.responseParameters.containsKey(target)) {
				throw invalidMapping("Invalid mapping expression parameter specified: " + target);
			}
		}
	}

	/** Checks and defaults that need nothing but the request. */
	private static void checkShape(Integration integration) {
		if (!integration.type.equals("MOCK")) {
			if (integration.httpMethod == null || integration.httpMethod.isEmpty()) {
				throw Errors.badRequest("Enumeration value for HttpMethod must be non-empty");
			}
			MethodService.checkHttpMethod(integration.httpMethod);
			checkUri(integration);
		}
		if (integration.passthroughBehavior == null) {
			integration.passthroughBehavior = "WHEN_NO_MATCH";
		}
		else if (!PASSTHROUGH.contains(integration.passthroughBehavior)) {
			throw Errors.badRequest("Invalid passthrough behavior specified: " + integration.passthroughBehavior
					+ ". Valid options are WHEN_NO_MATCH,WHEN_NO_TEMPLATES,NEVER");
		}
		if (integration.timeoutInMillis == null) {
			integration.timeoutInMillis = 29000;
		}
		else if (integration.timeoutInMillis < 50 || integration.timeoutInMillis > 29000) {
			throw Errors.badRequest("Timeout should be between 50 ms and 29000 ms");
		}
		if (integration.connectionType == null && integration.type.startsWith("HTTP")) {
			integration.connectionType = "INTERNET";
		}
		if (integration.cacheKeyParameters == null) {
			integration.cacheKeyParameters = new ArrayList<>();
		}
	}

	private static void checkUri(Integration integration) {
		String uri = integration.uri;
		if (uri == null || uri.isBlank()) {
			throw Errors
				.badRequest("Invalid integration URI specified: a URI is required for type " + integration.type);
		}
		if (integration.type.startsWith("AWS")) {
			if (!uri.startsWith("arn:")) {
				throw Errors.badRequest("Invalid ARN specified in the request");
			}
			if (!AWS_URI.matcher(uri).matches()) {
				throw Errors.badRequest("AWS ARN for integration must contain path or action");
			}
			if (integration.type.equals("AWS_PROXY") && !uri.contains(":lambda:") && !uri.contains(":firehose:")) {
				throw Errors.badRequest("Integrations of type 'AWS_PROXY' currently only supports "
						+ "Lambda function and Firehose stream invocations.");
			}
		}
		else if (!uri.matches("https?://[^\\s/]+.*")) {
			throw Errors.badRequest("Invalid HTTP endpoint specified for URI");
		}
	}

	/**
	 * Each target must be a request part, and each {@code method.request.*} source must
	 * be declared by the method (or be a path parameter of the resource), as AWS checks.
	 */
	private static void checkMappings(Integration integration, Method method, Resource resource) {
		if (integration.requestParameters == null) {
			return;
		}
		for (Map.Entry<String, String> mapping : integration.requestParameters.entrySet()) {
			String source = mapping.getValue();
			if (!TARGET.matcher(mapping.getKey()).matches()) {
				throw invalidMapping("Invalid mapping expression specified: " + mapping.getKey());
			}
			Matcher fromMethod = METHOD_SOURCE.matcher(source);
			if (fromMethod.matches()) {
				boolean declared = method.requestParameters != null && method.requestParameters.containsKey(source);
				boolean pathVariable = fromMethod.group(1).equals("path")
						&& (resource.path.contains("{" + fromMethod.group(2) + "}")
								|| resource.path.contains("{" + fromMethod.group(2) + "+}"));
				if (!declared && !pathVariable) {
					throw invalidMapping("Invalid mapping expression parameter specified: " + source);
				}
			}
			else if (!OTHER_SOURCE.matcher(source).matches()) {
				throw invalidMapping("Invalid mapping expression specified: " + source);
			}
		}
	}

	private static RuntimeException invalidMapping(String error) {
		return Errors.badRequest(
				"Invalid mapping expression specified: Validation Result: warnings : [], errors : [" + error + "]");
	}

}

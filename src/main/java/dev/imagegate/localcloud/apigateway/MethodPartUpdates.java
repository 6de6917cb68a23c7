package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.Integration;
import dev.imagegate.localcloud.apigateway.model.IntegrationResponse;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.MethodResponse;

/**
 * UpdateMethodResponse, UpdateIntegration and UpdateIntegrationResponse: the patch
 * operations on a method's parts. Map entries are addressed by key in the path
 * ({@code /responseParameters/method.response.header.X},
 * {@code /responseTemplates/application~1json}); a map left empty is no map, as AWS sends
 * none (LocalStack's AWS-recorded test_update_method_response*).
 */
class MethodPartUpdates {

	private static final List<String> INTEGRATION_SCALARS = List.of("uri", "httpMethod", "connectionId",
			"connectionType", "credentials", "passthroughBehavior", "timeoutInMillis", "contentHandling",
			"cacheNamespace");

	private final ApiGatewayStore store;

	MethodPartUpdates(ApiGatewayStore store) {
		this.store = store;
	}

	MethodResponse updateMethodResponse(String apiId, String resourceId, String httpMethod, String statusCode,
			List<PatchOperation> operations) {
		return store.write((state) -> {
			Method method = state.api(apiId, Errors::missingResource).method(resourceId, httpMethod);
			MethodResponse response = (method.methodResponses != null) ? method.methodResponses.get(statusCode) : null;
			if (response == null) {
				throw Errors.notFound("Invalid Response status code specified");
			}
			for (PatchOperation op : operations) {
				List<String> path = op.segments();
				if (path.size() == 2 && path.get(0).equals("responseParameters")) {
					response.responseParameters = patchEntry(response.responseParameters, op, path.get(1),
							Boolean.parseBoolean(op.value()), "Invalid parameter name specified");
				}
				else if (path.size() == 2 && path.get(0).equals("responseModels")) {
					response.responseModels = patchEntry(response.responseModels, op, path.get(1), op.value(),
							"Content-Type specified was not found");
				}
				else {
					throw op.unsupported();
				}
			}
			return response;
		});
	}

	Integration updateIntegration(String apiId, String resourceId, String httpMethod, List<PatchOperation> operations) {
		return store.write((state) -> {
			Integration integration = state.api(apiId, Errors::missingResource).integration(resourceId, httpMethod);
			for (PatchOperation op : operations) {
				List<String> path = op.segments();
				if (path.size() == 2 && path.get(0).equals("requestParameters")) {
					integration.requestParameters = patchEntry(integration.requestParameters, op, path.get(1),
							op.value(), "Invalid parameter name specified");
				}
				else if (path.size() == 2 && path.get(0).equals("requestTemplates")) {
					integration.requestTemplates = patchEntry(integration.requestTemplates, op, path.get(1), op.value(),
							"Content-Type specified was not found");
				}
				else if (path.size() == 1 && INTEGRATION_SCALARS.contains(path.get(0))) {
					if (!op.is("replace")) {
						throw op.replaceOnly();
					}
					replace(integration, path.get(0), op.value());
				}
				else {
					throw op.unsupported();
				}
			}
			return integration;
		});
	}

	private static void replace(Integration integration, String member, String value) {
		switch (member) {
			case "uri" -> integration.uri = value;
			case "httpMethod" -> integration.httpMethod = value;
			case "connectionId" -> integration.connectionId = value;
			case "connectionType" -> integration.connectionType = value;
			case "credentials" -> integration.credentials = value;
			case "passthroughBehavior" -> integration.passthroughBehavior = value;
			case "contentHandling" -> integration.contentHandling = value;
			case "cacheNamespace" -> integration.cacheNamespace = value;
			default -> integration.timeoutInMillis = timeout(value);
		}
	}

	private static Integer timeout(String value) {
		try {
			int timeout = Integer.parseInt(value);
			if (timeout >= 50 && timeout <= 29000) {
				return timeout;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, as an out-of-range value is
		}
		throw Errors.badRequest("Timeout should be between 50 ms and 29000 ms");
	}

	IntegrationResponse updateIntegrationResponse(String apiId, String resourceId, String httpMethod, String statusCode,
			List<PatchOperation> operations) {
		return store.write((state) -> {
			Integration integration = state.api(apiId, Errors::missingResource).integration(resourceId, httpMethod);
			IntegrationResponse response = (integration.integrationResponses != null)
					? integration.integrationResponses.get(statusCode) : null;
			if (response == null) {
				throw Errors.notFound("Invalid Response status code specified");
			}
			for (PatchOperation op : operations) {
				List<String> path = op.segments();
				if (path.size() == 2 && path.get(0).equals("responseParameters")) {
					response.responseParameters = patchEntry(response.responseParameters, op, path.get(1), op.value(),
							"Invalid parameter name specified");
				}
				else if (path.size() == 2 && path.get(0).equals("responseTemplates")) {
					response.responseTemplates = patchEntry(response.responseTemplates, op, path.get(1), op.value(),
							"Content-Type specified was not found");
				}
				else if (path.size() == 1 && path.get(0).equals("selectionPattern") && op.is("replace")) {
					response.selectionPattern = op.value();
				}
				else if (path.size() == 1 && path.get(0).equals("contentHandling") && op.is("replace")) {
					response.contentHandling = op.value();
				}
				else {
					throw op.unsupported();
				}
			}
			return response;
		});
	}

	/**
	 * add puts the entry; replace and remove want it there, or answer NotFoundException
	 * with {@code missing}; an emptied map is no map.
	 */
	static <V> Map<String, V> patchEntry(Map<String, V> current, PatchOperation op, String key, V value,
			String missing) {
		Map<String, V> entries = (current != null) ? new LinkedHashMap<>(current) : new LinkedHashMap<>();
		if (!op.is("add") && !op.is("replace") && !op.is("remove")) {
			throw op.unsupported();
		}
		if (!op.is("add") && !entries.containsKey(key)) {
			throw Errors.notFound(missing);
		}
		if (op.is("remove")) {
			entries.remove(key);
		}
		else {
			entries.put(key, value);
		}
		return entries.isEmpty() ? null : entries;
	}

}

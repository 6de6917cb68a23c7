package dev.imagegate.localcloud.apigateway;

import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.MethodResponse;

/** The wire side of methods and method responses. */
final class MethodHandlers {

	static final String METHOD = "/restapis/{restapi_id}/resources/{resource_id}/methods/{http_method}";

	private static final String RESPONSE = METHOD + "/responses/{status_code}";

	private final MethodService service;

	MethodHandlers(MethodService service) {
		this.service = service;
	}

	void register(Router router) {
		router.add("PUT", METHOD, "PutMethod", this::putMethod)
			.add("GET", METHOD, "GetMethod",
					(call) -> Reply
						.ok(service.get(call.path("restapi_id"), call.path("resource_id"), call.path("http_method"))))
			.add("PATCH", METHOD, "UpdateMethod",
					(call) -> Reply.ok(service.update(call.path("restapi_id"), call.path("resource_id"),
							call.path("http_method"), call.patchOperations("updateMethodInput"))))
			.add("DELETE", METHOD, "DeleteMethod", (call) -> {
				service.delete(call.path("restapi_id"), call.path("resource_id"), call.path("http_method"));
				return Reply.noContent();
			})
			.add("PUT", RESPONSE, "PutMethodResponse", this::putResponse)
			.add("GET", RESPONSE, "GetMethodResponse",
					(call) -> Reply.ok(service.getResponse(call.path("restapi_id"), call.path("resource_id"),
							call.path("http_method"), statusCode(call))))
			.add("DELETE", RESPONSE, "DeleteMethodResponse", (call) -> {
				service.deleteResponse(call.path("restapi_id"), call.path("resource_id"), call.path("http_method"),
						statusCode(call));
				return Reply.noContent();
			});
	}

	private Reply putMethod(Call call) {
		Method method = new Method();
		method.httpMethod = call.path("http_method");
		method.authorizationType = call.requiredString("authorizationType");
		method.authorizerId = call.string("authorizerId");
		method.apiKeyRequired = call.bool("apiKeyRequired");
		method.operationName = call.string("operationName");
		method.requestParameters = call.booleanMap("requestParameters");
		method.requestModels = call.stringMap("requestModels");
		method.requestValidatorId = call.string("requestValidatorId");
		method.authorizationScopes = call.strings("authorizationScopes");
		return Reply.created(service.put(call.path("restapi_id"), call.path("resource_id"), method));
	}

	/**
	 * The URI's status code, which the model constrains to {@code [1-5]\d\d} before
	 * anything is looked up.
	 */
	static String statusCode(Call call) {
		String statusCode = call.path("status_code");
		new Constraints(null).statusCode(statusCode).check();
		return statusCode;
	}

	private Reply putResponse(Call call) {
		MethodResponse response = new MethodResponse();
		response.statusCode = statusCode(call);
		response.responseParameters = call.booleanMap("responseParameters");
		response.responseModels = call.stringMap("responseModels");
		return Reply.created(service.putResponse(call.path("restapi_id"), call.path("resource_id"),
				call.path("http_method"), response));
	}

}

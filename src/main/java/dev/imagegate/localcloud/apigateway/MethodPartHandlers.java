package dev.imagegate.localcloud.apigateway;

/**
 * The wire side of UpdateMethodResponse, UpdateIntegration and UpdateIntegrationResponse.
 */
final class MethodPartHandlers {

	private static final String INTEGRATION = MethodHandlers.METHOD + "/integration";

	private final MethodPartUpdates updates;

	MethodPartHandlers(MethodPartUpdates updates) {
		this.updates = updates;
	}

	void register(Router router) {
		router
			.add("PATCH", MethodHandlers.METHOD + "/responses/{status_code}", "UpdateMethodResponse",
					(call) -> Reply.ok(updates.updateMethodResponse(call.path("restapi_id"), call.path("resource_id"),
							call.path("http_method"), call.path("status_code"),
							call.patchOperations("updateMethodResponseInput",
									(c) -> c.statusCode(call.path("status_code"))))))
			.add("PATCH", INTEGRATION, "UpdateIntegration",
					(call) -> Reply.ok(updates.updateIntegration(call.path("restapi_id"), call.path("resource_id"),
							call.path("http_method"), call.patchOperations("updateIntegrationInput"))))
			.add("PATCH", INTEGRATION + "/responses/{status_code}", "UpdateIntegrationResponse",
					(call) -> Reply.ok(updates.updateIntegrationResponse(call.path("restapi_id"),
							call.path("resource_id"), call.path("http_method"), call.path("status_code"),
							call.patchOperations("updateIntegrationResponseInput",
									(c) -> c.statusCode(call.path("status_code"))))));
	}

}

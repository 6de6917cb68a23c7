package dev.imagegate.localcloud.apigateway;

import dev.imagegate.localcloud.apigateway.model.Integration;
import dev.imagegate.localcloud.apigateway.model.IntegrationResponse;
import dev.imagegate.localcloud.apigateway.model.TlsConfig;
import tools.jackson.databind.JsonNode;

/** The wire side of integrations and integration responses. */
final class IntegrationHandlers {

	private static final String INTEGRATION = MethodHandlers.METHOD + "/integration";

	private static final String RESPONSE = INTEGRATION + "/responses/{status_code}";

	private final IntegrationService service;

	IntegrationHandlers(IntegrationService service) {
		this.service = service;
	}

	void register(Router router) {
		router.add("PUT", INTEGRATION, "PutIntegration", this::putIntegration)
			.add("GET", INTEGRATION, "GetIntegration",
					(call) -> Reply
						.ok(service.get(call.path("restapi_id"), call.path("resource_id"), call.path("http_method"))))
			.add("DELETE", INTEGRATION, "DeleteIntegration", (call) -> {
				service.delete(call.path("restapi_id"), call.path("resource_id"), call.path("http_method"));
				return Reply.noContent();
			})
			.add("PUT", RESPONSE, "PutIntegrationResponse", this::putResponse)
			.add("GET", RESPONSE, "GetIntegrationResponse",
					(call) -> Reply.ok(service.getResponse(call.path("restapi_id"), call.path("resource_id"),
							call.path("http_method"), MethodHandlers.statusCode(call))))
			.add("DELETE", RESPONSE, "DeleteIntegrationResponse", (call) -> {
				service.deleteResponse(call.path("restapi_id"), call.path("resource_id"), call.path("http_method"),
						MethodHandlers.statusCode(call));
				return Reply.noContent();
			});
	}

	/** On the wire the integration's own HTTP method travels as {@code httpMethod}. */
	private Reply putIntegration(Call call) {
		Integration integration = new Integration();
		integration.type = call.requiredString("type");
		integration.httpMethod = call.string("httpMethod");
		integration.uri = call.string("uri");
		integration.connectionType = call.string("connectionType");
		integration.connectionId = call.string("connectionId");
		integration.credentials = call.string("credentials");
		integration.requestParameters = call.stringMap("requestParameters");
		integration.requestTemplates = call.stringMap("requestTemplates");
		integration.passthroughBehavior = call.string("passthroughBehavior");
		integration.cacheNamespace = call.string("cacheNamespace");
		integration.cacheKeyParameters = call.strings("cacheKeyParameters");
		integration.contentHandling = call.string("contentHandling");
		integration.timeoutInMillis = call.integer("timeoutInMillis");
		JsonNode tls = call.object("tlsConfig").path("insecureSkipVerification");
		if (tls.isBoolean()) {
			integration.tlsConfig = new TlsConfig();
			integration.tlsConfig.insecureSkipVerification = tls.booleanValue();
		}
		new Constraints("putIntegrationInput").oneOf("type", integration.type, Constraints.INTEGRATION_TYPES)
			.oneOf("connectionType", integration.connectionType, Constraints.CONNECTION_TYPES)
			.oneOf("contentHandling", integration.contentHandling, Constraints.CONTENT_HANDLING)
			.check();
		return Reply.created(
				service.put(call.path("restapi_id"), call.path("resource_id"), call.path("http_method"), integration));
	}

	private Reply putResponse(Call call) {
		IntegrationResponse response = new IntegrationResponse();
		response.statusCode = call.path("status_code");
		response.selectionPattern = call.string("selectionPattern");
		response.responseParameters = call.stringMap("responseParameters");
		response.responseTemplates = call.stringMap("responseTemplates");
		response.contentHandling = call.string("contentHandling");
		new Constraints("putIntegrationResponseInput")
			.oneOf("contentHandling", response.contentHandling, Constraints.CONTENT_HANDLING)
			.statusCode(response.statusCode)
			.check();
		return Reply.created(service.putResponse(call.path("restapi_id"), call.path("resource_id"),
				call.path("http_method"), response));
	}

}

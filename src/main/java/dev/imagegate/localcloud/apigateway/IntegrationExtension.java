package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.Integration;
import dev.imagegate.localcloud.apigateway.model.IntegrationResponse;
import dev.imagegate.localcloud.apigateway.model.TlsConfig;
import tools.jackson.databind.JsonNode;

/**
 * The {@code x-amazon-apigateway-integration} extension both ways, so an exported
 * integration imports as the same integration. As AWS exports it, {@code type} and
 * {@code passthroughBehavior} are lower case and {@code responses} are keyed by selection
 * pattern, {@code default} for none (AWS's "x-amazon-apigateway-integration object" page
 * of the OpenAPI extensions).
 */
final class IntegrationExtension {

	static final String NAME = "x-amazon-apigateway-integration";

	private static final String DEFAULT_RESPONSE = "default";

	private IntegrationExtension() {
	}

	static Map<String, Object> write(Integration integration) {
		Map<String, Object> extension = new LinkedHashMap<>();
		put(extension, "type", lower(integration.type));
		put(extension, "credentials", integration.credentials);
		put(extension, "httpMethod", integration.httpMethod);
		put(extension, "uri", integration.uri);
		put(extension, "connectionType", (integration.connectionId != null) ? integration.connectionType : null);
		put(extension, "connectionId", integration.connectionId);
		if (integration.integrationResponses != null) {
			Map<String, Object> responses = new LinkedHashMap<>();
			integration.integrationResponses.values()
				.forEach((response) -> responses.put(
						(response.selectionPattern != null) ? response.selectionPattern : DEFAULT_RESPONSE,
						response(response)));
			extension.put("responses", responses);
		}
		put(extension, "requestParameters", integration.requestParameters);
		put(extension, "requestTemplates", integration.requestTemplates);
		put(extension, "passthroughBehavior", lower(integration.passthroughBehavior));
		put(extension, "contentHandling", integration.contentHandling);
		if (integration.timeoutInMillis != null && integration.timeoutInMillis != 29000) {
			extension.put("timeoutInMillis", integration.timeoutInMillis);
		}
		if (integration.cacheKeyParameters != null && !integration.cacheKeyParameters.isEmpty()) {
			extension.put("cacheKeyParameters", integration.cacheKeyParameters);
		}
		if (integration.tlsConfig != null) {
			extension.put("tlsConfig",
					Map.of("insecureSkipVerification", integration.tlsConfig.insecureSkipVerification));
		}
		return extension;
	}

	private static Map<String, Object> response(IntegrationResponse response) {
		Map<String, Object> written = new LinkedHashMap<>();
		written.put("statusCode", response.statusCode);
		put(written, "responseParameters", response.responseParameters);
		put(written, "responseTemplates", response.responseTemplates);
		put(written, "contentHandling", response.contentHandling);
		return written;
	}

	/**
	 * The integration the extension describes, without its responses (see
	 * {@link #responses}).
	 */
	static Integration read(JsonNode extension) {
		Integration integration = new Integration();
		integration.type = upper(text(extension, "type"));
		integration.httpMethod = upper(text(extension, "httpMethod"));
		integration.uri = text(extension, "uri");
		integration.credentials = text(extension, "credentials");
		integration.connectionType = upper(text(extension, "connectionType"));
		integration.connectionId = text(extension, "connectionId");
		integration.requestParameters = OpenApiDocument.stringMap(extension.path("requestParameters"));
		integration.requestTemplates = OpenApiDocument.stringMap(extension.path("requestTemplates"));
		integration.passthroughBehavior = upper(text(extension, "passthroughBehavior"));
		integration.contentHandling = text(extension, "contentHandling");
		integration.cacheNamespace = text(extension, "cacheNamespace");
		JsonNode keys = extension.path("cacheKeyParameters");
		integration.cacheKeyParameters = keys.isArray() ? keys.values().stream().map(JsonNode::asString).toList()
				: null;
		JsonNode timeout = extension.path("timeoutInMillis");
		integration.timeoutInMillis = timeout.isMissingNode() ? null : timeout.asInt();
		JsonNode tls = extension.path("tlsConfig").path("insecureSkipVerification");
		if (tls.isBoolean()) {
			integration.tlsConfig = new TlsConfig();
			integration.tlsConfig.insecureSkipVerification = tls.booleanValue();
		}
		if (integration.type == null) {
			throw OpenApiDocument.invalid();
		}
		return integration;
	}

	/**
	 * The integration responses, {@code default} read as the one without a selection
	 * pattern.
	 */
	static List<IntegrationResponse> responses(JsonNode extension) {
		return extension.path("responses").properties().stream().map((entry) -> {
			IntegrationResponse response = new IntegrationResponse();
			JsonNode value = entry.getValue();
			response.statusCode = text(value, "statusCode");
			response.selectionPattern = entry.getKey().equals(DEFAULT_RESPONSE) ? null : entry.getKey();
			response.responseParameters = OpenApiDocument.stringMap(value.path("responseParameters"));
			response.responseTemplates = OpenApiDocument.stringMap(value.path("responseTemplates"));
			response.contentHandling = text(value, "contentHandling");
			if (response.statusCode == null) {
				throw OpenApiDocument.invalid();
			}
			return response;
		}).toList();
	}

	private static String text(JsonNode node, String member) {
		JsonNode value = node.path(member);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

	private static void put(Map<String, Object> target, String member, Object value) {
		if (value != null && !(value instanceof Map<?, ?> map && map.isEmpty())) {
			target.put(member, value);
		}
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

	private static String upper(String value) {
		return (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

}

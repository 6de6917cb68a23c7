package dev.imagegate.exports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * API Gateway's own OpenAPI export of an endpoint's stage ({@code GetExport oas30} with
 * the {@code integrations} and {@code apigateway} extensions): the API as API Gateway
 * runs it, edits made in the console included. Made portable the way the generated
 * document is: API Gateway writes the API's id into {@code servers} and the deployment's
 * time into {@code info.version}, so both are replaced with imagegate's, and the keys
 * follow the generated document's order. For an endpoint as imagegate built it, the
 * result is the generated document, byte for byte.
 */
final class DeployedOpenApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Imagegate's own parts: nothing in them may depend on the API's id or when it was
	 * deployed.
	 */
	private static final Set<String> PORTABLE_KEYS = Set.of("info", "servers",
			"x-amazon-apigateway-endpoint-configuration");

	private DeployedOpenApi() {
	}

	/**
	 * The deployed stage's document, or empty when API Gateway has none to give (the
	 * stage is gone or was never deployed): the caller then uses the generated one.
	 */
	static Optional<Map<String, Object>> read(ApiGatewayClient apiGateway, String apiId, String stage,
			Map<String, Object> generated) {
		String exported;
		try {
			exported = apiGateway
				.getExport((e) -> e.restApiId(apiId)
					.stageName(stage)
					.exportType("oas30")
					.parameters(Map.of("extensions", "integrations,apigateway"))
					.accepts("application/json"))
				.body()
				.asUtf8String();
		}
		catch (NotFoundException | BadRequestException ex) {
			return Optional.empty();
		}
		return Optional.of(portable(JSON.readValue(exported, new TypeReference<LinkedHashMap<String, Object>>() {
		}), generated));
	}

	/**
	 * The deployed document with imagegate's portable parts, in the generated document's
	 * order.
	 */
	static Map<String, Object> portable(Map<String, Object> deployed, Map<String, Object> generated) {
		Map<String, Object> document = new LinkedHashMap<>();
		generated.forEach((key, value) -> {
			if (PORTABLE_KEYS.contains(key) || !deployed.containsKey(key)) {
				document.put(key, value);
			}
			else {
				document.put(key, deployed.get(key));
			}
		});
		deployed.forEach(document::putIfAbsent);
		return document;
	}

}

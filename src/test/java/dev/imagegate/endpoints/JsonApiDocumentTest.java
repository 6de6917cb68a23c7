package dev.imagegate.endpoints;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API's description is written by hand (openapi/json-api.json); springdoc, on
 * the test class path only, generates one from the controllers, and the two must agree on
 * every operation, parameter, request body, success body and schema. The words
 * (summaries, descriptions) and the error responses are the hand-written document's own.
 */
@LocalCloudTest
class JsonApiDocumentTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private JsonNode served;

	private JsonNode generated;

	@BeforeEach
	void fetchBothDocuments() throws Exception {
		PortalClient client = new PortalClient(port);
		HttpResponse<String> servedResponse = client.api("GET", "/v3/api-docs", null);
		assertThat(servedResponse.statusCode()).isEqualTo(200);
		assertThat(servedResponse.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		served = JSON.readTree(servedResponse.body());
		HttpResponse<String> generatedResponse = client.api("GET", "/v3/api-docs/generated", null);
		assertThat(generatedResponse.statusCode()).isEqualTo(200);
		generated = JSON.readTree(generatedResponse.body());
	}

	@Test
	void theDescriptionNeedsTheApisCredentials() throws Exception {
		HttpResponse<String> anonymous = new PortalClient(port).api("GET", "/v3/api-docs", null, null, null);

		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void describesTheJsonApiOnlyUnderItsOwnTitle() {
		assertThat(served.at("/info/title").asString()).isEqualTo("imagegate JSON API");
		assertThat(served.get("paths").propertyNames()).allMatch((path) -> path.startsWith("/api/"));
		assertThat(served.has("servers")).as("clients call the host that served the description").isFalse();
	}

	@Test
	void describesExactlyTheOperationsTheControllersServe() {
		assertThat(operations(served)).isEqualTo(operations(generated)).isNotEmpty();
	}

	@Test
	void everyOperationTakesWhatTheControllerTakesAndAnswersWhatItReturns() {
		for (String operation : operations(generated)) {
			String[] pathAndMethod = operation.split(" ");
			JsonNode mine = served.get("paths").get(pathAndMethod[1]).get(pathAndMethod[0]);
			JsonNode theirs = generated.get("paths").get(pathAndMethod[1]).get(pathAndMethod[0]);
			for (String field : List.of("operationId", "parameters", "requestBody")) {
				assertThat(withoutDescriptions(mine.get(field))).as(operation + " " + field)
					.isEqualTo(withoutDescriptions(theirs.get(field)));
			}
			assertThat(successSchema(mine)).as(operation + " success body")
				.isNotNull()
				.isEqualTo(theirs.at("/responses/200/content/application~1json/schema"));
		}
	}

	@Test
	void everySchemaMatchesItsClassWordsApart() {
		JsonNode mine = served.at("/components/schemas");
		JsonNode theirs = generated.at("/components/schemas");
		TreeSet<String> expected = new TreeSet<>(theirs.propertyNames());
		expected.add("Problem");
		assertThat(new TreeSet<>(mine.propertyNames())).isEqualTo(expected);
		for (String name : theirs.propertyNames()) {
			assertThat(withoutDescriptions(mine.get(name))).as(name).isEqualTo(withoutDescriptions(theirs.get(name)));
		}
	}

	private static TreeSet<String> operations(JsonNode document) {
		TreeSet<String> operations = new TreeSet<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			path.getValue().propertyNames().forEach((method) -> operations.add(method + " " + path.getKey()));
		}
		return operations;
	}

	/**
	 * The body of the operation's 2xx answer (200 or 201: the controller decides which).
	 */
	private static JsonNode successSchema(JsonNode operation) {
		for (Map.Entry<String, JsonNode> response : operation.get("responses").properties()) {
			if (response.getKey().startsWith("2")) {
				return response.getValue().at("/content/application~1json/schema");
			}
		}
		return null;
	}

	private static JsonNode withoutDescriptions(JsonNode node) {
		if (node == null) {
			return null;
		}
		JsonNode copy = node.deepCopy();
		strip(copy);
		return copy;
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			object.remove("description");
		}
		List<JsonNode> children = new ArrayList<>();
		for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext();) {
			children.add(it.next());
		}
		children.forEach(JsonApiDocumentTest::strip);
	}

}

package dev.imagegate.localcloud.apigateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAPI 3.0 or Swagger 2.0 definition as text: read from JSON or YAML (as
 * ImportRestApi and PutRestApi take it) and written as either (as GetExport answers, per
 * its Accept header).
 */
final class OpenApiDocument {

	static final String JSON = "application/json";

	static final String YAML = "application/yaml";

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private OpenApiDocument() {
	}

	/** AWS's answer to a body that is not an API definition it can read. */
	static RuntimeException invalid() {
		return Errors.badRequest("Invalid OpenAPI input.");
	}

	/**
	 * The definition as a tree; JSON first, then YAML (of which JSON is a subset, but
	 * slower and laxer).
	 */
	static JsonNode read(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		if (text.isBlank()) {
			throw invalid();
		}
		JsonNode document;
		try {
			document = MAPPER.readTree(body);
		}
		catch (JacksonException notJson) {
			document = readYaml(text);
		}
		if (!document.isObject() || !(document.path("openapi").asString("").startsWith("3.")
				|| document.path("swagger").asString("").equals("2.0"))) {
			throw invalid();
		}
		return document;
	}

	private static JsonNode readYaml(String text) {
		try {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
			return MAPPER.valueToTree(plain(loaded));
		}
		catch (RuntimeException ex) {
			throw invalid();
		}
	}

	/**
	 * YAML reads an unquoted date (an exported info.version) as a Date; OpenAPI means the
	 * text.
	 */
	private static Object plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(String.valueOf(key), plain(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(plain(item)));
			return copy;
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		return value;
	}

	static byte[] write(Map<String, Object> document, String contentType) {
		if (contentType.equals(YAML)) {
			DumperOptions options = new DumperOptions();
			options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
			options.setIndicatorIndent(0);
			return new Yaml(new Representer(options), options).dump(document).getBytes(StandardCharsets.UTF_8);
		}
		return MAPPER.writeValueAsBytes(document);
	}

	/**
	 * A map of strings in the document (request parameters, templates), or null when
	 * absent or empty.
	 */
	static Map<String, String> stringMap(JsonNode node) {
		if (!node.isObject() || node.isEmpty()) {
			return null;
		}
		Map<String, String> values = new LinkedHashMap<>();
		node.properties()
			.forEach((entry) -> values.put(entry.getKey(),
					entry.getValue().isString() ? entry.getValue().stringValue() : entry.getValue().toString()));
		return values;
	}

}

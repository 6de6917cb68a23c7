package dev.imagegate.localcloud.apigateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import dev.imagegate.localcloud.wire.PercentEncoding;
import dev.imagegate.localcloud.wire.PercentEncoding.Malformed;
import dev.imagegate.localcloud.wire.PercentEncoding.Plus;

/**
 * One parsed request: the decoded path parameters of its route, its query parameters and
 * its JSON body, with typed accessors that raise AWS's BadRequestException on bad input.
 */
final class Call {

	private final Map<String, String> pathParams;

	private final Map<String, List<String>> query;

	private final JsonNode body;

	private final byte[] document;

	private final String accept;

	Call(Map<String, String> pathParams, Map<String, List<String>> query, JsonNode body) {
		this(pathParams, query, body, new byte[0], null);
	}

	private Call(Map<String, String> pathParams, Map<String, List<String>> query, JsonNode body, byte[] document,
			String accept) {
		this.pathParams = pathParams;
		this.query = query;
		this.body = body;
		this.document = document;
		this.accept = accept;
	}

	static Call parse(Map<String, String> pathParams, String rawQuery, byte[] body, JsonMapper mapper) {
		return new Call(pathParams, parseQuery(rawQuery), parseBody(body, mapper));
	}

	/**
	 * A call whose body is an API definition (ImportRestApi, PutRestApi) kept as sent,
	 * and whose {@code Accept} header chooses the format of an answered document
	 * (GetExport).
	 */
	static Call document(Map<String, String> pathParams, String rawQuery, byte[] body, String accept) {
		return new Call(pathParams, parseQuery(rawQuery), MissingNode.getInstance(), body, accept);
	}

	/**
	 * Only the query string names its parameters, so a raw query ({@code mode}) can
	 * choose the route.
	 */
	static String rawQueryParameter(String rawQuery, String name) {
		return parseQuery(rawQuery).getOrDefault(name, List.of()).stream().reduce((a, b) -> b).orElse(null);
	}

	byte[] document() {
		return document;
	}

	String accept() {
		return accept;
	}

	/**
	 * The query parameters other than {@code skip}, e.g. GetExport's and ImportRestApi's
	 * {@code parameters} map.
	 */
	Map<String, String> queryExcept(String... skip) {
		Map<String, String> values = new LinkedHashMap<>();
		query.forEach((name, all) -> {
			if (!List.of(skip).contains(name)) {
				values.put(name, all.get(all.size() - 1));
			}
		});
		return values;
	}

	private static JsonNode parseBody(byte[] body, JsonMapper mapper) {
		if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			JsonNode node = mapper.readTree(body);
			if (!node.isObject()) {
				throw Errors.badRequest("Invalid request body: expected a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw Errors.badRequest("Could not parse request body into json: " + ex.getOriginalMessage());
		}
	}

	private static Map<String, List<String>> parseQuery(String rawQuery) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return query;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode((eq < 0) ? pair : pair.substring(0, eq));
			String value = (eq < 0) ? "" : decode(pair.substring(eq + 1));
			query.computeIfAbsent(name, (k) -> new ArrayList<>()).add(value);
		}
		return query;
	}

	/**
	 * Form encoding, as API Gateway reads its query: {@code +} is a space, a malformed
	 * escape a 400.
	 */
	private static String decode(String text) {
		try {
			return PercentEncoding.decode(text, Plus.SPACE, Malformed.REJECT);
		}
		catch (PercentEncoding.MalformedEscapeException ex) {
			throw Errors.badRequest("Invalid percent-encoding in the query string");
		}
	}

	String path(String name) {
		return pathParams.get(name);
	}

	String query(String name) {
		List<String> values = query.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(values.size() - 1);
	}

	List<String> queryAll(String name) {
		return query.getOrDefault(name, List.of());
	}

	/** A positive integer query parameter such as {@code limit}, or the fallback. */
	int queryInt(String name, int fallback) {
		String value = query(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw Errors.badRequest("Invalid " + name + ": " + value);
		}
	}

	boolean has(String member) {
		JsonNode node = body.get(member);
		return node != null && !node.isNull();
	}

	String string(String member) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw Errors.badRequest("Invalid value for " + member + ": expected a string");
		}
		return node.stringValue();
	}

	String requiredString(String member) {
		String value = string(member);
		if (value == null || value.isBlank()) {
			throw Errors.badRequest(member + " must not be empty");
		}
		return value;
	}

	Boolean bool(String member) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isBoolean()) {
			throw Errors.badRequest("Invalid value for " + member + ": expected a boolean");
		}
		return node.booleanValue();
	}

	Integer integer(String member) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			throw Errors.badRequest("Invalid value for " + member + ": expected an integer");
		}
		return node.intValue();
	}

	List<String> strings(String member) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isArray()) {
			throw Errors.badRequest("Invalid value for " + member + ": expected a list of strings");
		}
		List<String> values = new ArrayList<>();
		for (JsonNode item : node.values()) {
			if (!item.isString()) {
				throw Errors.badRequest("Invalid value for " + member + ": expected a list of strings");
			}
			values.add(item.stringValue());
		}
		return values;
	}

	/**
	 * A map of strings; a boolean or number value is refused as Coral's deserializer
	 * refuses it.
	 */
	Map<String, String> stringMap(String member) {
		JsonNode node = body.get(member);
		if (node != null && node.isObject()) {
			for (JsonNode value : node.values()) {
				if (value.isBoolean()) {
					throw Errors.notAString("class java.lang.Boolean");
				}
				if (value.isNumber()) {
					throw Errors.notAString("class com.amazon.coral.value.json.numbers.TruncatingBigNumber");
				}
			}
		}
		return map(member, JsonNode::isString, JsonNode::stringValue, "strings");
	}

	Map<String, Boolean> booleanMap(String member) {
		return map(member, JsonNode::isBoolean, JsonNode::booleanValue, "booleans");
	}

	/** A nested object, e.g. endpointConfiguration; missing when absent. */
	JsonNode object(String member) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			return MissingNode.getInstance();
		}
		if (!node.isObject()) {
			throw Errors.badRequest("Invalid value for " + member + ": expected an object");
		}
		return node;
	}

	/**
	 * The body's {@code patchOperations}, with AWS's escaping of the path left as sent;
	 * an op outside the model's enum is a ValidationException naming {@code input} (e.g.
	 * updateRestApiInput).
	 */
	List<PatchOperation> patchOperations(String input) {
		return patchOperations(input, UnaryOperator.identity());
	}

	/**
	 * The same, with the operation's other constraints ({@code more}) reported after the
	 * ops', as AWS lists them.
	 */
	List<PatchOperation> patchOperations(String input, UnaryOperator<Constraints> more) {
		List<PatchOperation> ops = readPatchOperations();
		more.apply(new Constraints(input).patchOps(ops)).check();
		return ops;
	}

	private List<PatchOperation> readPatchOperations() {
		JsonNode node = body.get("patchOperations");
		List<PatchOperation> ops = new ArrayList<>();
		if (node == null || node.isNull()) {
			return ops;
		}
		if (!node.isArray()) {
			throw Errors.badRequest("Invalid value for patchOperations: expected a list");
		}
		for (JsonNode op : node.values()) {
			ops.add(new PatchOperation(text(op, "op"), text(op, "path"), text(op, "value"), text(op, "from")));
		}
		return ops;
	}

	private static String text(JsonNode node, String member) {
		JsonNode value = node.get(member);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private <V> Map<String, V> map(String member, java.util.function.Predicate<JsonNode> accepts,
			java.util.function.Function<JsonNode, V> read, String kind) {
		JsonNode node = body.get(member);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			throw Errors.badRequest("Invalid value for " + member + ": expected a map of " + kind);
		}
		Map<String, V> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!accepts.test(entry.getValue())) {
				throw Errors.badRequest("Invalid value for " + member + "." + entry.getKey() + ": expected " + kind);
			}
			values.put(entry.getKey(), read.apply(entry.getValue()));
		}
		return values;
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

/**
 * A resource's resolved properties, read as the types CloudFormation's resource schemas
 * give them (template numbers and booleans may arrive as strings, and the other way
 * round).
 */
record Properties(Map<String, Object> values) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	String string(String name) {
		Object value = values.get(name);
		return (value == null) ? null : String.valueOf(value);
	}

	String required(String name) {
		String value = string(name);
		if (value == null) {
			throw new IllegalArgumentException("#: required key [" + name + "] not found");
		}
		return value;
	}

	Boolean bool(String name) {
		Object value = values.get(name);
		return (value == null) ? null : Boolean.valueOf(String.valueOf(value));
	}

	Integer integer(String name) {
		Object value = values.get(name);
		return (value == null) ? null : (int) Double.parseDouble(String.valueOf(value));
	}

	Double number(String name) {
		Object value = values.get(name);
		return (value == null) ? null : Double.valueOf(String.valueOf(value));
	}

	Properties object(String name) {
		return (values.get(name) instanceof Map<?, ?> map) ? of(map) : null;
	}

	List<Properties> objects(String name) {
		return (values.get(name) instanceof List<?> list)
				? list.stream().filter(Map.class::isInstance).map((m) -> of((Map<?, ?>) m)).toList() : List.of();
	}

	List<String> strings(String name) {
		return (values.get(name) instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : null;
	}

	Map<String, String> stringMap(String name) {
		if (!(values.get(name) instanceof Map<?, ?> map)) {
			return null;
		}
		Map<String, String> strings = new LinkedHashMap<>();
		map.forEach((k, v) -> strings.put(String.valueOf(k), String.valueOf(v)));
		return strings;
	}

	Map<String, Boolean> booleanMap(String name) {
		if (!(values.get(name) instanceof Map<?, ?> map)) {
			return null;
		}
		Map<String, Boolean> booleans = new LinkedHashMap<>();
		map.forEach((k, v) -> booleans.put(String.valueOf(k), Boolean.valueOf(String.valueOf(v))));
		return booleans;
	}

	/** {@code Tags: [{Key, Value}]} as a map, empty when there are none. */
	Map<String, String> tags() {
		Map<String, String> tags = new LinkedHashMap<>();
		objects("Tags").forEach((tag) -> tags.put(tag.string("Key"), tag.string("Value")));
		return tags;
	}

	/** A JSON document property (a policy), as the JSON text the service takes. */
	String json(String name) {
		Object value = values.get(name);
		return (value == null || value instanceof String) ? (String) value : JSON.writeValueAsString(value);
	}

	/** Whether any of the named properties differs from the other's. */
	boolean differs(Properties other, String... names) {
		for (String name : names) {
			if (!Objects.equals(values.get(name), other.values.get(name))) {
				return true;
			}
		}
		return false;
	}

	static Properties of(Map<?, ?> map) {
		Map<String, Object> values = new LinkedHashMap<>();
		map.forEach((k, v) -> values.put(String.valueOf(k), v));
		return new Properties(values);
	}

}

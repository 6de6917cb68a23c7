package dev.imagegate.exports;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists and scalars as block YAML, in the maps' own order: enough
 * for a CloudFormation template, with its short-form tags ({@link Tagged}) and comments
 * (a key that starts with {@code #} is written as a comment line). Strings are
 * single-quoted unless plainly safe, so no value can change meaning.
 */
final class YamlText {

	/** A value under a tag, such as {@code !Ref BucketName}. */
	record Tagged(String tag, Object value) {
	}

	private final StringBuilder out = new StringBuilder();

	private YamlText() {
	}

	static String of(Map<String, ?> root) {
		YamlText yaml = new YamlText();
		yaml.map(root, 0);
		return yaml.out.toString();
	}

	private void map(Map<String, ?> map, int indent) {
		map.forEach((key, value) -> {
			if (key.startsWith("#")) {
				line(indent).append(key).append('\n');
				return;
			}
			line(indent).append(scalar(key)).append(':');
			value(value, indent);
		});
	}

	private void value(Object value, int indent) {
		if (value instanceof Map<?, ?> map && !map.isEmpty()) {
			out.append('\n');
			@SuppressWarnings("unchecked")
			Map<String, ?> typed = (Map<String, ?>) map;
			map(typed, indent + 2);
		}
		else if (value instanceof List<?> list && !list.isEmpty()) {
			out.append('\n');
			for (Object item : list) {
				line(indent).append("- ");
				if (item instanceof Map<?, ?> map && !map.isEmpty()) {
					@SuppressWarnings("unchecked")
					Map<String, ?> typed = (Map<String, ?>) map;
					inlineFirst(typed, indent + 2);
				}
				else {
					out.append(inline(item)).append('\n');
				}
			}
		}
		else {
			out.append(' ').append(inline(value)).append('\n');
		}
	}

	/** A map as a list item: its first key on the dash's line, the others under it. */
	private void inlineFirst(Map<String, ?> map, int indent) {
		boolean first = true;
		for (Map.Entry<String, ?> entry : map.entrySet()) {
			if (!first) {
				line(indent);
			}
			first = false;
			out.append(scalar(entry.getKey())).append(':');
			value(entry.getValue(), indent);
		}
	}

	private String inline(Object value) {
		if (value instanceof Tagged tagged) {
			return tagged.tag() + " " + inline(tagged.value());
		}
		if (value instanceof Map<?, ?>) {
			return "{}";
		}
		if (value instanceof List<?>) {
			return "[]";
		}
		if (value instanceof Boolean || value instanceof Number) {
			return value.toString();
		}
		return scalar(String.valueOf(value));
	}

	/**
	 * Plain when only letters, digits and - _ . / : (and not a YAML keyword or number);
	 * else single-quoted.
	 */
	static String scalar(String text) {
		boolean plain = text.matches("[A-Za-z][A-Za-z0-9_./:-]*")
				&& !text.matches("(?i)true|false|yes|no|on|off|null|y|n");
		return plain ? text : "'" + text.replace("'", "''") + "'";
	}

	private StringBuilder line(int indent) {
		return out.append(" ".repeat(indent));
	}

}

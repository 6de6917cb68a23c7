package dev.imagegate.localcloud.cloudformation;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the intrinsic functions of a template fragment (Ref, Fn::GetAtt, Fn::Sub,
 * Fn::Join, Fn::Select, Fn::Split, Fn::If and the condition functions, Fn::FindInMap,
 * Fn::Base64, Fn::GetAZs) against one stack's values, and finds which names a fragment
 * refers to.
 */
final class Intrinsics {

	/**
	 * What {@code Ref: AWS::NoValue} gives: the property or list item holding it is
	 * dropped.
	 */
	static final Object NO_VALUE = new Object() {
		@Override
		public String toString() {
			return "AWS::NoValue";
		}
	};

	static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

	/** The values functions read: parameters, resources, conditions, mappings. */
	interface Scope {

		Object ref(String name);

		Object getAtt(String logicalId, String attribute);

		boolean condition(String name);

		Object findInMap(String map, String topKey, String secondKey);

	}

	private final Scope scope;

	Intrinsics(Scope scope) {
		this.scope = scope;
	}

	/**
	 * {@code Res.Attr}, and {@code Res.A.B} for attributes with dots, as !GetAtt's string
	 * form.
	 */
	static List<Object> splitGetAtt(String dotted) {
		int dot = dotted.indexOf('.');
		if (dot < 0) {
			throw TemplateErrors
				.validation("Template error: every Fn::GetAtt object requires two non-empty parameters");
		}
		return new ArrayList<>(List.of(dotted.substring(0, dot), dotted.substring(dot + 1)));
	}

	Object resolve(Object node) {
		if (node instanceof Map<?, ?> map) {
			if (map.size() == 1) {
				Map.Entry<?, ?> only = map.entrySet().iterator().next();
				String key = String.valueOf(only.getKey());
				if (key.equals("Ref") || key.startsWith("Fn::")) {
					return call(key, only.getValue());
				}
			}
			Map<String, Object> resolved = new LinkedHashMap<>();
			map.forEach((k, v) -> {
				Object value = resolve(v);
				if (value != NO_VALUE) {
					resolved.put(String.valueOf(k), value);
				}
			});
			return resolved;
		}
		if (node instanceof List<?> list) {
			List<Object> resolved = new ArrayList<>();
			for (Object item : list) {
				Object value = resolve(item);
				if (value != NO_VALUE) {
					resolved.add(value);
				}
			}
			return resolved;
		}
		return node;
	}

	private Object call(String function, Object argument) {
		return switch (function) {
			case "Ref" -> scope.ref(string(function, resolve(argument)));
			case "Fn::GetAtt" -> getAtt(argument);
			case "Fn::Sub" -> sub(argument);
			case "Fn::Join" -> join(list(function, argument, 2));
			case "Fn::Select" -> select(list(function, argument, 2));
			case "Fn::Split" -> split(list(function, argument, 2));
			case "Fn::If" -> ifThen(list(function, argument, 3));
			case "Fn::Equals" -> equals(list(function, argument, 2));
			case "Fn::Not" -> !truth(list(function, argument, 1).get(0));
			case "Fn::And" -> list(function, argument, -1).stream().allMatch(this::truth);
			case "Fn::Or" -> list(function, argument, -1).stream().anyMatch(this::truth);
			case "Fn::Base64" -> Base64.getEncoder().encodeToString(string(function, resolve(argument)).getBytes());
			case "Fn::GetAZs" -> azs(string(function, resolve(argument)));
			case "Fn::FindInMap" -> findInMap(list(function, argument, 3));
			default -> throw TemplateErrors.format("Unsupported function " + function + " in the local cloud");
		};
	}

	private Object getAtt(Object argument) {
		Object resolved = (argument instanceof String dotted) ? splitGetAtt(dotted) : resolve(argument);
		if (!(resolved instanceof List<?> parts) || parts.size() != 2) {
			throw TemplateErrors
				.validation("Template error: every Fn::GetAtt object requires two non-empty parameters");
		}
		return scope.getAtt(String.valueOf(parts.get(0)), String.valueOf(parts.get(1)));
	}

	private String sub(Object argument) {
		String text;
		Map<?, ?> variables = Map.of();
		if (argument instanceof List<?> form && form.size() == 2 && form.get(1) instanceof Map<?, ?> map) {
			text = string("Fn::Sub", form.get(0));
			variables = map;
		}
		else {
			text = string("Fn::Sub", argument);
		}
		Matcher matcher = SUB_VARIABLE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1).strip();
			String value;
			if (name.startsWith("!")) {
				value = "${" + name.substring(1) + "}";
			}
			else if (variables.containsKey(name)) {
				value = scalar(resolve(variables.get(name)));
			}
			else if (name.contains(".") && !PseudoParameters.NAMES.contains(name)) {
				int dot = name.indexOf('.');
				value = scalar(scope.getAtt(name.substring(0, dot), name.substring(dot + 1)));
			}
			else {
				value = scalar(scope.ref(name));
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private String join(List<Object> arguments) {
		Object values = arguments.get(1);
		if (!(values instanceof List<?> items)) {
			throw TemplateErrors
				.validation("Template error: every Fn::Join object requires two parameters, (1) a string "
						+ "delimiter and (2) a list of strings to be joined or a function that returns a list of "
						+ "strings (such as Fn::GetAZs) to be joined.");
		}
		return String.join(string("Fn::Join", arguments.get(0)), items.stream().map(Intrinsics::scalar).toList());
	}

	private Object select(List<Object> arguments) {
		int index = Integer.parseInt(scalar(arguments.get(0)).trim());
		if (!(arguments.get(1) instanceof List<?> items) || index < 0 || index >= items.size()) {
			throw TemplateErrors
				.validation("Template error: Fn::Select cannot select nonexistent value at index " + index);
		}
		return items.get(index);
	}

	private List<String> split(List<Object> arguments) {
		return List
			.of(string("Fn::Split", arguments.get(1)).split(Pattern.quote(string("Fn::Split", arguments.get(0))), -1));
	}

	private Object ifThen(List<Object> unresolved) {
		// Only the branch taken is evaluated: the other may refer to a resource its
		// condition left out.
		boolean condition = scope.condition(string("Fn::If", unresolved.get(0)));
		return resolve(unresolved.get(condition ? 1 : 2));
	}

	private boolean equals(List<Object> arguments) {
		return scalar(arguments.get(0)).equals(scalar(arguments.get(1)));
	}

	private boolean truth(Object value) {
		if (value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("Condition")) {
			return scope.condition(String.valueOf(map.get("Condition")));
		}
		Object resolved = resolve(value);
		return Boolean.TRUE.equals(resolved) || "true".equals(resolved);
	}

	private List<String> azs(String region) {
		return List.of("a", "b", "c").stream().map((zone) -> region + zone).toList();
	}

	private Object findInMap(List<Object> arguments) {
		return scope.findInMap(scalar(arguments.get(0)), scalar(arguments.get(1)), scalar(arguments.get(2)));
	}

	/**
	 * The arguments of a list-taking function, resolved unless it is Fn::If; {@code size}
	 * -1 for any.
	 */
	private List<Object> list(String function, Object argument, int size) {
		if (!(argument instanceof List<?> items) || (size >= 0 && items.size() != size)) {
			throw TemplateErrors.validation("Template error: every " + function + " object requires "
					+ ((size >= 0) ? size + " " : "a list of ") + "parameters");
		}
		if (function.equals("Fn::If") || function.equals("Fn::And") || function.equals("Fn::Or")
				|| function.equals("Fn::Not")) {
			return new ArrayList<>(items);
		}
		List<Object> resolved = new ArrayList<>();
		items.forEach((item) -> resolved.add(resolve(item)));
		return resolved;
	}

	private static String string(String function, Object value) {
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return String.valueOf(value);
		}
		throw TemplateErrors.validation("Template error: " + function + " needs a string, not " + value);
	}

	/**
	 * A value as text, as CloudFormation joins and substitutes it: lists comma-separated.
	 */
	static String scalar(Object value) {
		if (value instanceof List<?> list) {
			return String.join(",", list.stream().map(Intrinsics::scalar).toList());
		}
		return String.valueOf(value);
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * What a template fragment refers to, found before anything is evaluated: for the checks
 * and the dependency graph.
 */
final class TemplateReferences {

	private TemplateReferences() {
	}

	/**
	 * Every name a fragment refers to (Ref, Fn::GetAtt's resource, Fn::Sub's variables
	 * other than its own map's), for the dependency graph and the unresolved-reference
	 * check.
	 */
	static void references(Object node, Consumer<String> names) {
		if (node instanceof Map<?, ?> map) {
			if (map.size() == 1) {
				Map.Entry<?, ?> only = map.entrySet().iterator().next();
				Object argument = only.getValue();
				switch (String.valueOf(only.getKey())) {
					case "Ref" -> {
						if (argument instanceof String name) {
							names.accept(name);
							return;
						}
					}
					case "Fn::GetAtt" -> {
						Object parts = (argument instanceof String dotted) ? Intrinsics.splitGetAtt(dotted) : argument;
						if (parts instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String name) {
							names.accept(name);
							list.stream().skip(1).forEach((part) -> references(part, names));
							return;
						}
					}
					case "Fn::Sub" -> {
						subReferences(argument, names);
						return;
					}
					default -> {
					}
				}
			}
			map.values().forEach((value) -> references(value, names));
		}
		else if (node instanceof List<?> list) {
			list.forEach((item) -> references(item, names));
		}
	}

	/** Every literal {@code Fn::GetAtt [resource, attribute]} of a fragment. */
	static void attributeReferences(Object node, BiConsumer<String, String> attributes) {
		if (node instanceof Map<?, ?> map) {
			if (map.size() == 1 && map.get("Fn::GetAtt") != null) {
				Object argument = map.get("Fn::GetAtt");
				Object parts = (argument instanceof String dotted && dotted.contains("."))
						? Intrinsics.splitGetAtt(dotted) : argument;
				if (parts instanceof List<?> list && list.size() == 2 && list.get(0) instanceof String resource
						&& list.get(1) instanceof String attribute) {
					attributes.accept(resource, attribute);
				}
				return;
			}
			map.values().forEach((value) -> attributeReferences(value, attributes));
		}
		else if (node instanceof List<?> list) {
			list.forEach((item) -> attributeReferences(item, attributes));
		}
	}

	private static void subReferences(Object argument, Consumer<String> names) {
		Object text = argument;
		Map<?, ?> variables = Map.of();
		if (argument instanceof List<?> form && form.size() == 2 && form.get(1) instanceof Map<?, ?> map) {
			text = form.get(0);
			variables = map;
			references(map, names);
		}
		if (!(text instanceof String string)) {
			return;
		}
		Matcher matcher = Intrinsics.SUB_VARIABLE.matcher(string);
		while (matcher.find()) {
			String name = matcher.group(1).strip();
			if (!name.startsWith("!") && !variables.containsKey(name)) {
				int dot = name.indexOf('.');
				names.accept((dot < 0 || PseudoParameters.NAMES.contains(name)) ? name : name.substring(0, dot));
			}
		}
	}

}

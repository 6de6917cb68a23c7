package dev.imagegate.localcloud.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.query.QueryRequest;

/**
 * The parameter values a stack gets: given, previous or default, checked against the
 * template.
 */
final class StackParameters {

	/** One {@code Parameters.member.N} of a request. */
	record Given(String key, String value, boolean usePreviousValue) {
	}

	private StackParameters() {
	}

	static List<Given> from(QueryRequest query) {
		List<Given> given = new ArrayList<>();
		for (int i = 1; query.optional("Parameters.member." + i + ".ParameterKey") != null; i++) {
			String prefix = "Parameters.member." + i + ".";
			given.add(new Given(query.optional(prefix + "ParameterKey"), query.optional(prefix + "ParameterValue"),
					"true".equalsIgnoreCase(query.optional(prefix + "UsePreviousValue"))));
		}
		return given;
	}

	/**
	 * The values of every template parameter; {@code previous} is the stack's current
	 * ones (empty for a new stack).
	 */
	static Map<String, String> resolve(Template template, List<Given> given, Map<String, String> previous) {
		Map<String, Given> byKey = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (Given parameter : given) {
			if (!template.parameters().containsKey(parameter.key())) {
				unknown.add(parameter.key());
			}
			byKey.put(parameter.key(), parameter);
		}
		if (!unknown.isEmpty()) {
			throw TemplateErrors.validation("Parameters: " + unknown + " do not exist in the template");
		}
		Map<String, String> values = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (TemplateParameter parameter : template.parameters().values()) {
			Given value = byKey.get(parameter.name());
			String resolved;
			if (value != null && value.usePreviousValue()) {
				resolved = previous.get(parameter.name());
				if (resolved == null) {
					throw TemplateErrors.validation("Invalid input for parameter key " + parameter.name()
							+ ". Cannot specify usePreviousValue as true for a parameter key "
							+ "not in the previous template");
				}
			}
			else {
				resolved = (value != null && value.value() != null) ? value.value() : parameter.defaultValue();
			}
			if (resolved == null) {
				missing.add(parameter.name());
				continue;
			}
			parameter.check(resolved);
			values.put(parameter.name(), resolved);
		}
		if (!missing.isEmpty()) {
			throw TemplateErrors.validation("Parameters: " + missing + " must have values");
		}
		return values;
	}

}

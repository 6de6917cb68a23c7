package dev.imagegate.localcloud.cloudformation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One entry of a template's Parameters section: its type, default and allowed values. */
record TemplateParameter(String name, String type, String defaultValue, List<String> allowedValues, boolean noEcho,
		String description) {

	static Map<String, TemplateParameter> all(Map<String, Object> section) {
		Map<String, TemplateParameter> parameters = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : section.entrySet()) {
			if (!(entry.getValue() instanceof Map<?, ?> raw) || !(raw.get("Type") instanceof String type)) {
				throw TemplateErrors
					.format("[/Parameters/" + entry.getKey() + "] Every Parameters object must contain a Type member.");
			}
			if (!isKnownType(type)) {
				throw TemplateErrors.format("Unrecognized parameter type: " + type);
			}
			Object allowed = raw.get("AllowedValues");
			parameters.put(entry.getKey(),
					new TemplateParameter(entry.getKey(), type, scalar(raw.get("Default")),
							(allowed instanceof List<?> list) ? list.stream().map(TemplateParameter::scalar).toList()
									: null,
							"true".equalsIgnoreCase(String.valueOf(raw.get("NoEcho"))),
							scalar(raw.get("Description"))));
		}
		return parameters;
	}

	private static boolean isKnownType(String type) {
		return type.equals("String") || type.equals("Number") || type.equals("CommaDelimitedList")
				|| type.equals("List<Number>") || type.startsWith("AWS::") || type.startsWith("List<AWS::");
	}

	private static String scalar(Object value) {
		return (value == null) ? null : String.valueOf(value);
	}

	/** The value a Ref to it gives: a list for the list types, else the string. */
	Object referenceValue(String value) {
		return (type.equals("CommaDelimitedList") || type.startsWith("List<")) ? List.of(value.split(",", -1)) : value;
	}

	/** Refuses a value this parameter does not take, with CloudFormation's words. */
	void check(String value) {
		if (allowedValues != null && !allowedValues.contains(value)) {
			throw TemplateErrors.validation("Parameter '" + name + "' must be one of AllowedValues");
		}
		if (type.equals("Number")) {
			try {
				Double.parseDouble(value.trim());
			}
			catch (NumberFormatException ex) {
				throw TemplateErrors.validation("Parameter '" + name + "' must be a number.");
			}
		}
	}

}

package dev.imagegate.endpoints;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import dev.imagegate.proxyapi.RoleMode;

/**
 * Says what is wrong with a JSON body in the words of the spec (the field and the JSON it
 * wants), never Jackson's, which name Java classes.
 */
final class JsonBodyErrors {

	private JsonBodyErrors() {
	}

	/** The field-by-field reasons, or an empty map when the body is not JSON at all. */
	static Map<String, String> fieldErrors(Throwable failure) {
		Map<String, String> errors = new LinkedHashMap<>();
		JacksonException jackson = find(failure);
		if (jackson == null || isTrailingValue(jackson)) {
			return errors;
		}
		String field = path(jackson);
		if (jackson instanceof InputCoercionException coercion && !field.isEmpty()) {
			errors.put(field, "must be " + jsonKind(coercion.getTargetType()) + " in range");
		}
		else if (jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
			return errors;
		}
		else if (jackson instanceof UnrecognizedPropertyException) {
			errors.put(field, "is not a field of the spec");
		}
		else if (jackson instanceof ValueInstantiationException && field.endsWith("roleMode")) {
			errors.put(field, "must be one of " + roleModes());
		}
		else if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			errors.put(field.isEmpty() ? "spec" : field, "must be " + jsonKind(mismatch.getTargetType()));
		}
		else if (field.isEmpty()) {
			return errors;
		}
		else {
			errors.put(field, "has a value of the wrong kind");
		}
		return errors;
	}

	/** Where the body stops being JSON, for a body that is not JSON at all. */
	static String syntaxError(Throwable failure) {
		JacksonException jackson = find(failure);
		if (jackson == null) {
			return "The request body is missing or unreadable: send a JSON spec.";
		}
		TokenStreamLocation location = jackson.getLocation();
		String where = (location != null && location.getLineNr() > 0)
				? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
		if (isTrailingValue(jackson)) {
			return "The request body holds more than one JSON value" + where + ": send one spec.";
		}
		return "The request body is not valid JSON" + where + ".";
	}

	private static boolean isTrailingValue(JacksonException ex) {
		return ex.getMessage() != null && ex.getMessage().contains("Trailing token");
	}

	private static JacksonException find(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	/** {@code throttle.burstLimit}, or {@code steps[2].name} for arrays. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String jsonKind(Class<?> type) {
		if (type == String.class) {
			return "a string";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == RoleMode.class) {
			return "one of " + roleModes();
		}
		if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
			return "an array";
		}
		return "an object";
	}

	private static String roleModes() {
		return Arrays.stream(RoleMode.values()).map(RoleMode::value).collect(Collectors.joining(", "));
	}

}

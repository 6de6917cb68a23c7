package dev.imagegate.localcloud.iam;

import java.util.regex.Pattern;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * IAM's input constraints from its API model, failing with AWS's ValidationError wording:
 * {@code 1 validation error detected: Value 'x' at 'roleName' failed to satisfy constraint: ...}.
 */
final class IamValidation {

	static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");

	private static final Pattern PATH = Pattern.compile("(/)|(/[\\u0021-\\u007E]+/)");

	private IamValidation() {
	}

	static CloudException error(String detail) {
		return new CloudException(400, "ValidationError", "1 validation error detected: " + detail);
	}

	/** The member name AWS uses in messages: {@code RoleName} is {@code roleName}. */
	static String member(String parameter) {
		return Character.toLowerCase(parameter.charAt(0)) + parameter.substring(1);
	}

	static void name(String parameter, String value, int maxLength) {
		length(parameter, value, 1, maxLength);
		pattern(parameter, value, NAME);
	}

	static void path(String parameter, String value) {
		length(parameter, value, 1, 512);
		pattern(parameter, value, PATH);
	}

	static void length(String parameter, String value, int min, int max) {
		if (value.length() < min) {
			throw error(at(parameter, value) + "Member must have length greater than or equal to " + min);
		}
		if (value.length() > max) {
			throw error(at(parameter, value) + "Member must have length less than or equal to " + max);
		}
	}

	static void range(String parameter, Integer value, int min, int max) {
		if (value != null && value < min) {
			throw error(at(parameter, value) + "Member must have value greater than or equal to " + min);
		}
		if (value != null && value > max) {
			throw error(at(parameter, value) + "Member must have value less than or equal to " + max);
		}
	}

	private static void pattern(String parameter, String value, Pattern pattern) {
		if (!pattern.matcher(value).matches()) {
			throw error(at(parameter, value) + "Member must satisfy regular expression pattern: " + pattern.pattern());
		}
	}

	private static String at(String parameter, Object value) {
		return "Value '" + value + "' at '" + member(parameter) + "' failed to satisfy constraint: ";
	}

}

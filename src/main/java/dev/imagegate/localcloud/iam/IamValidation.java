package dev.imagegate.localcloud.iam;

import java.util.regex.Pattern;

import dev.imagegate.localcloud.query.QueryValidation;

/**
 * IAM's input constraints from its API model, failing with AWS's ValidationError wording:
 * {@code 1 validation error detected: Value 'x' at 'roleName' failed to satisfy constraint: ...}.
 */
final class IamValidation {

	static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");

	/**
	 * {@code roleDescriptionType}: letters, marks, separators, symbols, numbers and
	 * punctuation; no control characters.
	 */
	private static final Pattern DESCRIPTION = Pattern.compile("[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*");

	/**
	 * {@code pathType}, spelled as the model spells it: AWS's messages quote the pattern.
	 */
	private static final Pattern PATH = Pattern.compile("(\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F)");

	/** {@code pathPrefixType}. */
	private static final Pattern PATH_PREFIX = Pattern.compile("\\u002F[\\u0021-\\u007F]*");

	private IamValidation() {
	}

	static void name(String parameter, String value, int maxLength) {
		length(parameter, value, 1, maxLength);
		pattern(parameter, value, NAME);
	}

	static void description(String value) {
		if (value != null) {
			length("Description", value, 0, 1000);
			pattern("Description", value, DESCRIPTION);
		}
	}

	static void pathPrefix(String value) {
		length("PathPrefix", value, 1, 512);
		pattern("PathPrefix", value, PATH_PREFIX);
	}

	static void path(String parameter, String value) {
		length(parameter, value, 1, 512);
		pattern(parameter, value, PATH);
	}

	static void length(String parameter, String value, int min, int max) {
		if (value.length() < min) {
			throw QueryValidation
				.error(at(parameter, value) + "Member must have length greater than or equal to " + min);
		}
		if (value.length() > max) {
			throw QueryValidation.error(at(parameter, value) + "Member must have length less than or equal to " + max);
		}
	}

	static void range(String parameter, Integer value, int min, int max) {
		if (value != null && value < min) {
			throw QueryValidation
				.error(at(parameter, value) + "Member must have value greater than or equal to " + min);
		}
		if (value != null && value > max) {
			throw QueryValidation.error(at(parameter, value) + "Member must have value less than or equal to " + max);
		}
	}

	static void pattern(String parameter, String value, Pattern pattern) {
		if (!pattern.matcher(value).matches()) {
			throw QueryValidation
				.error(at(parameter, value) + "Member must satisfy regular expression pattern: " + pattern.pattern());
		}
	}

	private static String at(String parameter, Object value) {
		return "Value '" + value + "' at '" + QueryValidation.member(parameter) + "' failed to satisfy constraint: ";
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The service model's enum and pattern constraints, checked before any lookup as Coral
 * does, and reported all at once in a ValidationException. Enum sets are listed in the
 * order AWS prints them, which is not the model's.
 */
final class Constraints {

	static final List<String> PATCH_OPS = List.of("add", "remove", "move", "test", "replace", "copy");

	static final List<String> INTEGRATION_TYPES = List.of("HTTP", "MOCK", "AWS_PROXY", "HTTP_PROXY", "AWS");

	static final List<String> ENDPOINT_TYPES = List.of("PRIVATE", "EDGE", "REGIONAL");

	static final List<String> IP_ADDRESS_TYPES = List.of("ipv4", "dualstack");

	/** In AWS's order, as moto's test_update_rest_api recorded it. */
	static final List<String> API_KEY_SOURCES = List.of("AUTHORIZER", "HEADER");

	static final List<String> CONNECTION_TYPES = List.of("INTERNET", "VPC_LINK");

	static final List<String> CONTENT_HANDLING = List.of("CONVERT_TO_BINARY", "CONVERT_TO_TEXT");

	static final List<String> CACHE_CLUSTER_SIZES = List.of("0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237");

	private static final Pattern STATUS_CODE = Pattern.compile("[1-5]\\d\\d");

	private final String input;

	private final List<String> errors = new ArrayList<>();

	/**
	 * @param input the operation's input shape in camel case, e.g.
	 * {@code createRestApiInput}
	 */
	Constraints(String input) {
		this.input = input;
	}

	/** A body member, reported as {@code input.member}. */
	Constraints oneOf(String member, String value, List<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			errors.add(enumError(value, input + "." + member, allowed));
		}
		return this;
	}

	/** A list of enum values, reported with the list as its value. */
	Constraints eachOneOf(String member, List<String> values, List<String> allowed) {
		if (values != null && !allowed.containsAll(values)) {
			errors.add("Value '[" + String.join(", ", values) + "]' at '" + input + "." + member
					+ "' failed to satisfy constraint: Member must satisfy constraint: "
					+ "[Member must satisfy enum value set: " + allowed + "]");
		}
		return this;
	}

	Constraints patchOps(List<PatchOperation> operations) {
		for (int i = 0; i < operations.size(); i++) {
			String op = operations.get(i).op();
			if (op != null && !PATCH_OPS.contains(op)) {
				errors.add(enumError(op, input + ".patchOperations." + (i + 1) + ".member.op", PATCH_OPS));
			}
		}
		return this;
	}

	/** A status code from the URI, reported without the input's name. */
	Constraints statusCode(String statusCode) {
		if (statusCode != null && !STATUS_CODE.matcher(statusCode).matches()) {
			errors.add("Value '" + statusCode + "' at 'statusCode' failed to satisfy constraint: "
					+ "Member must satisfy regular expression pattern: " + STATUS_CODE.pattern());
		}
		return this;
	}

	void check() {
		if (!errors.isEmpty()) {
			throw Errors.validation(errors);
		}
	}

	private static String enumError(String value, String where, List<String> allowed) {
		return "Value '" + value + "' at '" + where
				+ "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed;
	}

}

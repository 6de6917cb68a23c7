package dev.imagegate.localcloud.query;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * The query protocol's ValidationError, worded as AWS words it:
 * {@code 1 validation error detected: Value 'x' at 'roleName' failed to satisfy constraint: ...}.
 */
public final class QueryValidation {

	private QueryValidation() {
	}

	public static CloudException error(String detail) {
		return new CloudException(400, "ValidationError", "1 validation error detected: " + detail);
	}

	/** The member name AWS uses in messages: {@code RoleName} is {@code roleName}. */
	public static String member(String parameter) {
		return Character.toLowerCase(parameter.charAt(0)) + parameter.substring(1);
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.List;

import dev.imagegate.localcloud.wire.CloudException;

/** AWS's API Gateway error codes with their statuses, so every site raises them alike. */
final class Errors {

	/**
	 * Coral's own errors, which the service model does not declare: their body has no
	 * {@code message} member.
	 */
	private static final List<String> UNMODELED = List.of("ValidationException", "SerializationException");

	private Errors() {
	}

	static CloudException badRequest(String message) {
		return new CloudException(400, "BadRequestException", message);
	}

	static CloudException notFound(String message) {
		return new CloudException(404, "NotFoundException", message);
	}

	static CloudException conflict(String message) {
		return new CloudException(409, "ConflictException", message);
	}

	/** Service-model constraint violations, counted and joined as Coral reports them. */
	static CloudException validation(List<String> errors) {
		String count = (errors.size() == 1) ? "1 validation error detected: "
				: errors.size() + " validation errors detected: ";
		return new CloudException(400, "ValidationException", count + String.join("; ", errors));
	}

	/**
	 * A JSON value of the wrong type where the model wants a string, e.g. {@code true} in
	 * a string map.
	 */
	static CloudException notAString(String javaType) {
		return new CloudException(400, "SerializationException", javaType + " can not be converted to an String");
	}

	static boolean hasMessageMember(String code) {
		return !UNMODELED.contains(code);
	}

	static CloudException missingResource() {
		return notFound("Invalid Resource identifier specified");
	}

	static CloudException missingValidator() {
		return notFound("Invalid Request Validator identifier specified");
	}

}

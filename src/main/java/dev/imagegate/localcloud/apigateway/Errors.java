package dev.imagegate.localcloud.apigateway;

import dev.imagegate.localcloud.wire.CloudException;

/** AWS's API Gateway error codes with their statuses, so every site raises them alike. */
final class Errors {

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

}

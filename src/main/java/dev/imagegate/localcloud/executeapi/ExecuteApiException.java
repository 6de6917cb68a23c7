package dev.imagegate.localcloud.executeapi;

/**
 * An answer API Gateway itself gives (not the integration's): its status, its
 * {@code x-amzn-ErrorType} and its exact JSON body. AWS is not consistent about the space
 * after the colon, so the bodies are kept verbatim.
 */
class ExecuteApiException extends RuntimeException {

	private final int status;

	private final String errorType;

	private final String body;

	ExecuteApiException(int status, String errorType, String body) {
		super(body);
		this.status = status;
		this.errorType = errorType;
		this.body = body;
	}

	static ExecuteApiException missingAuthenticationToken() {
		return new ExecuteApiException(403, "MissingAuthenticationTokenException",
				"{\"message\":\"Missing Authentication Token\"}");
	}

	/** A stage that does not exist on an existing API. */
	static ExecuteApiException forbidden() {
		return new ExecuteApiException(403, "ForbiddenException", "{\"message\":\"Forbidden\"}");
	}

	/** An API id that does not exist (on AWS its host name would not even resolve). */
	static ExecuteApiException notFound() {
		return new ExecuteApiException(404, "NotFoundException", "{\"message\":\"Not Found\"}");
	}

	/** A configuration error: role, integration response, content conversion. */
	static ExecuteApiException internalServerError() {
		return new ExecuteApiException(500, "InternalServerErrorException", "{\"message\": \"Internal server error\"}");
	}

	static ExecuteApiException tooManyRequests() {
		return new ExecuteApiException(429, "TooManyRequestsException", "{\"message\":\"Too Many Requests\"}");
	}

	/**
	 * No mapping template for the request's media type, and a passthroughBehavior that
	 * refuses it.
	 */
	static ExecuteApiException unsupportedMediaType() {
		return new ExecuteApiException(415, "UnsupportedMediaTypeException",
				"{\"message\":\"Unsupported Media Type\"}");
	}

	static ExecuteApiException requestTooLarge() {
		return new ExecuteApiException(413, "RequestTooLargeException", "{\"message\":\"Request Too Long\"}");
	}

	static ExecuteApiException missingParameters(String names) {
		return new ExecuteApiException(400, "BadRequestException",
				"{\"message\": \"Missing required request parameters: [" + names.replace("\"", "\\\"") + "]\"}");
	}

	int status() {
		return status;
	}

	String errorType() {
		return errorType;
	}

	String body() {
		return body;
	}

}

package dev.imagegate.cloud;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns SDK exceptions into AWS's own words for pages, logs and API answers. */
public final class AwsErrors {

	private AwsErrors() {
	}

	/**
	 * AWS's error code, or a short label for client-side failures (no connection,
	 * timeout).
	 */
	public static String code(SdkException ex) {
		if (ex instanceof AwsServiceException service && service.awsErrorDetails() != null
				&& service.awsErrorDetails().errorCode() != null) {
			return service.awsErrorDetails().errorCode();
		}
		return (ex instanceof SdkClientException) ? "ClientError" : ex.getClass().getSimpleName();
	}

	/** AWS's message without the SDK's request-id suffix. */
	public static String message(SdkException ex) {
		if (ex instanceof AwsServiceException service && service.awsErrorDetails() != null
				&& service.awsErrorDetails().errorMessage() != null) {
			return service.awsErrorDetails().errorMessage();
		}
		return ex.getMessage();
	}

	/** "Code: message", for one line. */
	public static String describe(SdkException ex) {
		return code(ex) + ": " + message(ex);
	}

}

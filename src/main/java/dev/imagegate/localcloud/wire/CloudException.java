package dev.imagegate.localcloud.wire;

/**
 * An AWS error as the service logic raises it: AWS's code, HTTP status and message.
 * Each protocol's renderer turns it into that protocol's error shape.
 */
public class CloudException extends RuntimeException {

	private final int status;

	private final String code;

	public CloudException(int status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

}

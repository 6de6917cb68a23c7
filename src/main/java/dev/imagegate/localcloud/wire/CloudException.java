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

	/**
	 * The {@code <ErrorResponse>} every query-protocol client (IAM, STS, SNS, ...) parses;
	 * {@code namespace} may be null, as for a service the local cloud does not emulate.
	 */
	public String toQueryXml(String namespace, String requestId) {
		return new XmlWriter().start("ErrorResponse", namespace)
			.start("Error")
			.element("Type", (status >= 500) ? "Receiver" : "Sender")
			.element("Code", code)
			.element("Message", getMessage())
			.end()
			.element("RequestId", requestId)
			.end()
			.toString();
	}

}

package dev.imagegate.localcloud.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An AWS error as the service logic raises it: AWS's code, HTTP status and message. Each
 * protocol's renderer turns it into that protocol's error shape.
 */
public class CloudException extends RuntimeException {

	private final int status;

	private final String code;

	private final Map<String, String> details = new LinkedHashMap<>();

	public CloudException(int status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	/**
	 * Adds a member that the error shape of some services carries beside Code and
	 * Message, e.g. S3's {@code TagKey} or {@code ArgumentName}; shapes without such
	 * members ignore it.
	 */
	public CloudException withDetail(String name, String value) {
		details.put(name, value);
		return this;
	}

	public Map<String, String> details() {
		return Collections.unmodifiableMap(details);
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

	/**
	 * The {@code <ErrorResponse>} every query-protocol client (IAM, STS, SNS, ...)
	 * parses; {@code namespace} may be null, as for a service the local cloud does not
	 * emulate.
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

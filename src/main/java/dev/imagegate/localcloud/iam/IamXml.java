package dev.imagegate.localcloud.iam;

import java.util.function.Consumer;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * IAM's response envelopes: {@code <XResponse><XResult>...</XResult><ResponseMetadata>} for
 * success, {@code <ErrorResponse>} for every error. The one place IAM errors are rendered.
 */
final class IamXml {

	static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

	private IamXml() {
	}

	/** The answer to {@code action}; a null result means the action has no output (no XResult element). */
	static String success(String action, String requestId, Consumer<XmlWriter> result) {
		XmlWriter xml = new XmlWriter().start(action + "Response", NAMESPACE);
		if (result != null) {
			xml.start(action + "Result");
			result.accept(xml);
			xml.end();
		}
		return xml.start("ResponseMetadata").element("RequestId", requestId).end().end().toString();
	}

	static String error(CloudException error, String requestId) {
		return new XmlWriter().start("ErrorResponse", NAMESPACE)
			.start("Error")
			.element("Type", (error.status() >= 500) ? "Receiver" : "Sender")
			.element("Code", error.code())
			.element("Message", error.getMessage())
			.end()
			.element("RequestId", requestId)
			.end()
			.toString();
	}

}

package dev.imagegate.localcloud.query;

import java.util.function.Consumer;

import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * One AWS query-protocol API (IAM, STS) and its XML envelopes:
 * {@code <XResponse><XResult>...</XResult><ResponseMetadata>} for success,
 * {@code <ErrorResponse>} for every error. The one place query-protocol answers are
 * rendered.
 *
 * @param signingName the service in the SigV4 credential scope, e.g. {@code sts}
 * @param version the API version clients send, e.g. {@code 2011-06-15}
 * @param namespace the XML namespace of its answers
 * @param failureCode the code the API uses for its own internal failures (IAM:
 * {@code ServiceFailure})
 */
public record QueryProtocol(String signingName, String version, String namespace, String failureCode) {

	/**
	 * The answer to {@code action}; a null result means the action has no output (no
	 * XResult element).
	 */
	String success(String action, String requestId, Consumer<XmlWriter> result) {
		XmlWriter xml = new XmlWriter().start(action + "Response", namespace);
		if (result != null) {
			xml.start(action + "Result");
			result.accept(xml);
			xml.end();
		}
		return xml.start("ResponseMetadata").element("RequestId", requestId).end().end().toString();
	}

	String error(CloudException error, String requestId) {
		return error.toQueryXml(namespace, requestId);
	}

}

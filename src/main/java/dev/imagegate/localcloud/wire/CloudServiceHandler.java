package dev.imagegate.localcloud.wire;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One emulated AWS service behind the local cloud's port. The router picks it by the
 * service named in the request's SigV4 credential scope; the handler parses its own
 * protocol and renders its own errors, so one service's error shape never reaches
 * another's client.
 */
public interface CloudServiceHandler {

	/** The SigV4 signing name of the service, e.g. {@code iam} or {@code apigateway}. */
	String signingName();

	void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;

	/**
	 * Answers with an error raised before or around {@link #handle} (a refused signature,
	 * an oversized body, a failure), in this service's error shape.
	 */
	void writeError(HttpServletRequest request, HttpServletResponse response, CloudException error) throws IOException;

	/**
	 * This service's answer to an Authorization header or presigned query that is not a
	 * signature.
	 */
	default CloudException signatureError(SigV4.Signature signature) {
		return new CloudException(400, "IncompleteSignature", signature.problem());
	}

}

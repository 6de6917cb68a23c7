package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.localcloud.wire.TextResponse;
import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * S3's error shape and request ids, the one place they are written: {@code <Error>} with
 * Code, Message, any details, RequestId and HostId, the ids also in
 * {@code x-amz-request-id} and {@code x-amz-id-2} as S3 sends them on every answer. The
 * S3 front assigns the ids once per request; whatever answers later (S3Mock's errors,
 * bucket settings) reuses them.
 */
public final class S3Errors {

	public static final String INTERNAL_ERROR_MESSAGE = "We encountered an internal error. Please try again.";

	private static final String REQUEST_ID = S3Errors.class.getName() + ".requestId";

	private static final String HOST_ID = S3Errors.class.getName() + ".hostId";

	private S3Errors() {
	}

	/**
	 * Gives the request its ids and puts them on the response, as S3 does on every
	 * answer.
	 */
	static void assignIds(HttpServletRequest request, HttpServletResponse response) {
		Ids ids = Ids.fresh();
		request.setAttribute(REQUEST_ID, ids.requestId());
		request.setAttribute(HOST_ID, ids.hostId());
		response.setHeader("x-amz-request-id", ids.requestId());
		response.setHeader("x-amz-id-2", ids.hostId());
	}

	/** Writes S3's error for this request; no body for HEAD, as S3 answers. */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
			String message) throws IOException {
		write(request, response, status, code, message, Map.of());
	}

	static void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String message,
			Map<String, String> details) throws IOException {
		if (request.getAttribute(REQUEST_ID) == null) {
			assignIds(request, response);
		}
		String xml = xml(code, message, details, (String) request.getAttribute(REQUEST_ID),
				(String) request.getAttribute(HOST_ID));
		if ("HEAD".equals(request.getMethod())) {
			response.setStatus(status);
			response.setContentType("application/xml");
			return;
		}
		TextResponse.write(response, status, "application/xml", xml);
	}

	/**
	 * The error document itself, for callers that are not answering a servlet request.
	 */
	public static String xml(String code, String message, Map<String, String> details, String requestId,
			String hostId) {
		XmlWriter xml = new XmlWriter().start("Error").element("Code", code).element("Message", message);
		details.forEach(xml::element);
		return xml.element("RequestId", requestId).element("HostId", hostId).end().toString();
	}

	/**
	 * The same with fresh ids, for an error made up outside any S3 request (an API's
	 * integration).
	 */
	public static String xml(String code, String message) {
		Ids ids = Ids.fresh();
		return xml(code, message, Map.of(), ids.requestId(), ids.hostId());
	}

	static String requestId(HttpServletRequest request) {
		return (String) request.getAttribute(REQUEST_ID);
	}

	static String hostId(HttpServletRequest request) {
		return (String) request.getAttribute(HOST_ID);
	}

	/**
	 * S3's two ids: 16 hex digits, and a longer base64 host id. They need to be unique,
	 * not secret, so they come from {@link ThreadLocalRandom} rather than a lock on
	 * /dev/urandom.
	 */
	private record Ids(String requestId, String hostId) {

		static Ids fresh() {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			byte[] host = new byte[42];
			random.nextBytes(host);
			return new Ids(HexFormat.of().withUpperCase().toHexDigits(random.nextLong()),
					Base64.getEncoder().encodeToString(host));
		}

	}

}

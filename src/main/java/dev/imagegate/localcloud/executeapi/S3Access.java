package dev.imagegate.localcloud.executeapi;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.localcloud.executeapi.IntegrationRequestMapper.S3Request;
import dev.imagegate.localcloud.s3.S3Answer;
import dev.imagegate.localcloud.s3.S3Call;
import dev.imagegate.localcloud.s3.S3Dispatcher;

/**
 * The integration's S3 request as API Gateway sends it on, made in process: the mapped
 * request's headers less the client connection's own, the client's Content-Type for a
 * body when the mapping set none, forwarded to S3's logic without a loopback HTTP hop.
 * Whether the role may make it is {@link S3Integration}'s concern, not this one's.
 */
final class S3Access {

	/**
	 * Headers API Gateway would not send on to an AWS service: they belong to the
	 * client's connection.
	 */
	private static final Set<String> NOT_SENT = Set.of("host", "content-length", "connection", "expect", "upgrade",
			"transfer-encoding", "te", "trailer", "keep-alive", "http2-settings");

	private final S3Dispatcher s3;

	S3Access(S3Dispatcher s3) {
		this.s3 = s3;
	}

	/** The body sent on with a PUT or POST, and its length (-1 when unknown). */
	record Body(InputStream stream, long length) {
	}

	static boolean sendsBody(String method) {
		return "PUT".equals(method) || "POST".equals(method);
	}

	/**
	 * Sends the request with this method (HEAD for a GET the client made as HEAD); S3
	 * answers.
	 */
	S3Answer forward(String method, S3Request request, HttpServletRequest client, Body body) {
		return s3.call(client, s3Call(method, request, client, body));
	}

	private static S3Call s3Call(String method, S3Request request, HttpServletRequest client, Body body) {
		Map<String, String> headers = new LinkedHashMap<>();
		request.headers().forEach((name, value) -> {
			if (!NOT_SENT.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, value);
			}
		});
		boolean sendsBody = sendsBody(method);
		if (sendsBody && client.getContentType() != null
				&& headers.keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
			headers.put("Content-Type", client.getContentType());
		}
		return new S3Call(method, request.bucket(), request.key(), request.query(), headers,
				sendsBody ? body.stream() : null, sendsBody ? body.length() : 0);
	}

}

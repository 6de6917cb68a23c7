package dev.imagegate.localcloud.wire;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the credential scope of a SigV4-signed request: {@code AKID/date/region/service/aws4_request},
 * from the Authorization header or, for presigned URLs, the {@code X-Amz-Credential} query
 * parameter. The local cloud accepts any credentials; the scope tells which service is meant.
 */
public final class SigV4 {

	private static final Pattern HEADER_SCOPE = Pattern
		.compile("Credential=([^/,\\s]*)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request");

	private static final Pattern QUERY_SCOPE = Pattern
		.compile("(?:^|&)X-Amz-Credential=[^&/%]*(?:/|%2F)\\d{8}(?:/|%2F)[^&/%]+(?:/|%2F)([^&/%]+)(?:/|%2F)aws4_request",
				Pattern.CASE_INSENSITIVE);

	private SigV4() {
	}

	/** The signing name of the service the request was signed for, if it was signed. */
	public static Optional<String> service(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.startsWith("AWS4-HMAC-SHA256")) {
			Matcher m = HEADER_SCOPE.matcher(authorization);
			if (m.find()) {
				return Optional.of(m.group(4));
			}
		}
		String query = request.getQueryString();
		if (query != null) {
			Matcher m = QUERY_SCOPE.matcher(query);
			if (m.find()) {
				return Optional.of(m.group(1));
			}
		}
		return Optional.empty();
	}

	/** Whether the request carries any AWS signature (SigV4 header or presigned query, or SigV2). */
	public static boolean isSigned(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && (authorization.startsWith("AWS4-HMAC-SHA256") || authorization.startsWith("AWS "))) {
			return true;
		}
		String query = request.getQueryString();
		return query != null && (query.contains("X-Amz-Signature=") || query.contains("Signature="));
	}

}

package dev.imagegate.localcloud.executeapi;

import java.util.List;
import java.util.Locale;

/**
 * API Gateway's content conversions ("Content type conversions in API Gateway"), both
 * tables: a request payload is binary when the request's Content-Type is one of the API's
 * binaryMediaTypes; a response payload when S3's Content-Type is, and the client wants
 * binary when the first media type of its Accept is. The integration's (request) or the
 * integration response's (response) contentHandling then decides. Binary media type
 * entries may use {@code *} ({@code *}{@code /*} covers every type); the request's value
 * is taken literally, so {@code Accept: image/*} does not match {@code image/png}.
 */
final class BinaryRules {

	enum Conversion {

		/** Pass the bytes through unchanged. */
		NONE,
		/**
		 * A payload treated as text: invalid UTF-8 becomes U+FFFD, as AWS's text
		 * passthrough does.
		 */
		TEXT,
		/** Binary payload to text: base64-encode. */
		TO_BASE64,
		/** Text payload to binary: base64-decode (500 if it is not base64). */
		FROM_BASE64

	}

	private BinaryRules() {
	}

	/** The request table: the client's body on its way to S3. */
	static Conversion requestConversion(String requestContentType, List<String> binaryMediaTypes,
			String contentHandling) {
		boolean binary = isBinary(requestContentType, binaryMediaTypes);
		return conversion(binary, binary, contentHandling);
	}

	/** The response table: S3's body on its way to the client. */
	static Conversion conversion(String payloadContentType, String accept, List<String> binaryMediaTypes,
			String contentHandling) {
		return conversion(isBinary(payloadContentType, binaryMediaTypes),
				isBinary(firstMediaType(accept), binaryMediaTypes), contentHandling);
	}

	private static Conversion conversion(boolean payloadBinary, boolean targetBinary, String contentHandling) {
		if ("CONVERT_TO_BINARY".equals(contentHandling)) {
			return payloadBinary ? Conversion.NONE : Conversion.FROM_BASE64;
		}
		if ("CONVERT_TO_TEXT".equals(contentHandling)) {
			return payloadBinary ? Conversion.TO_BASE64 : Conversion.TEXT;
		}
		if (payloadBinary == targetBinary) {
			return payloadBinary ? Conversion.NONE : Conversion.TEXT;
		}
		return payloadBinary ? Conversion.TO_BASE64 : Conversion.FROM_BASE64;
	}

	/** Only the first media type of Accept counts; no Accept at all counts as text. */
	static String firstMediaType(String accept) {
		if (accept == null || accept.isBlank()) {
			return null;
		}
		String first = accept.split(",", 2)[0];
		return first.split(";", 2)[0].trim();
	}

	static boolean isBinary(String mediaType, List<String> binaryMediaTypes) {
		if (mediaType == null || mediaType.isBlank()) {
			return false;
		}
		String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		for (String entry : binaryMediaTypes) {
			if (matches(entry.trim().toLowerCase(Locale.ROOT), type)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A binary media type entry as a pattern: {@code *} any run of characters
	 * ({@code image/*}, {@code *}{@code /*}), {@code ?} one. Matched in place, on every
	 * response, without a regex.
	 */
	static boolean matches(String pattern, String type) {
		int p = 0;
		int t = 0;
		int star = -1;
		int resume = 0;
		while (t < type.length()) {
			if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == type.charAt(t))) {
				p++;
				t++;
			}
			else if (p < pattern.length() && pattern.charAt(p) == '*') {
				star = p++;
				resume = t;
			}
			else if (star >= 0) {
				p = star + 1;
				t = ++resume;
			}
			else {
				return false;
			}
		}
		while (p < pattern.length() && pattern.charAt(p) == '*') {
			p++;
		}
		return p == pattern.length();
	}

}

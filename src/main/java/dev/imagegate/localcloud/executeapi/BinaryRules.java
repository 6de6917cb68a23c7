package dev.imagegate.localcloud.executeapi;

import java.util.List;
import java.util.Locale;

/**
 * API Gateway's response content conversion ("Content type conversions in API Gateway", the
 * response table): decided by the integration response's Content-Type (S3's), the first media
 * type of the request's Accept and the integration response's contentHandling.
 * Binary media type entries may use {@code *} ({@code *}{@code /*} covers every type); the
 * request's value is taken literally, so {@code Accept: image/*} does not match {@code image/png}.
 */
final class BinaryRules {

	enum Conversion {

		/** Pass the bytes through unchanged. */
		NONE,
		/** Binary payload to a text client: base64-encode. */
		TO_BASE64,
		/** Text payload to a binary client: base64-decode (500 if it is not base64). */
		FROM_BASE64

	}

	private BinaryRules() {
	}

	static Conversion conversion(String payloadContentType, String accept, List<String> binaryMediaTypes,
			String contentHandling) {
		boolean payloadBinary = isBinary(payloadContentType, binaryMediaTypes);
		if ("CONVERT_TO_BINARY".equals(contentHandling)) {
			return payloadBinary ? Conversion.NONE : Conversion.FROM_BASE64;
		}
		if ("CONVERT_TO_TEXT".equals(contentHandling)) {
			return payloadBinary ? Conversion.TO_BASE64 : Conversion.NONE;
		}
		boolean clientBinary = isBinary(firstMediaType(accept), binaryMediaTypes);
		if (payloadBinary == clientBinary) {
			return Conversion.NONE;
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
			if (PolicyEvaluator.wildcard(entry.trim().toLowerCase(Locale.ROOT), false).matcher(type).matches()) {
				return true;
			}
		}
		return false;
	}

}

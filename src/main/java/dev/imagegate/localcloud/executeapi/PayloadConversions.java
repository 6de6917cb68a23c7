package dev.imagegate.localcloud.executeapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;

import dev.imagegate.localcloud.executeapi.BinaryRules.Conversion;

/**
 * Applies a {@link Conversion} to a payload, the same way for the request's body (on its
 * way to S3) and S3's (on its way to the client). Encoding to base64 and the UTF-8 text
 * pass stream; a base64 decoding must see the whole text first, since text that is not
 * base64 is a 500 and nothing may have been sent by then.
 */
final class PayloadConversions {

	/** API Gateway's payload limit, in both directions. */
	static final int MAX_PAYLOAD = 10 * 1024 * 1024;

	private PayloadConversions() {
	}

	/** Something that writes a payload, as it comes. */
	@FunctionalInterface
	interface Payload {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * A stream that converts what is written into {@code out}; close it to finish. Not
	 * for FROM_BASE64.
	 */
	static OutputStream streaming(Conversion conversion, OutputStream out) {
		return switch (conversion) {
			case NONE -> out;
			case TEXT -> new Utf8TextStream(out);
			case TO_BASE64 -> Base64.getEncoder().wrap(out);
			case FROM_BASE64 -> throw new IllegalArgumentException("a base64 decoding needs the whole payload");
		};
	}

	/**
	 * The whole converted payload: 500 when a decoding meets text that is not base64, or
	 * it is over 10 MB.
	 */
	static byte[] whole(Conversion conversion, Payload payload) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream() {
			@Override
			public void write(byte[] bytes, int offset, int length) {
				// Base64 makes 4 bytes of 3, a text pass up to 3 of 1 (EF BF BD for each
				// invalid byte).
				if (count + length > 3L * MAX_PAYLOAD) {
					throw ExecuteApiException.internalServerError();
				}
				super.write(bytes, offset, length);
			}
		};
		if (conversion != Conversion.FROM_BASE64) {
			try (OutputStream converting = streaming(conversion, buffer)) {
				payload.writeTo(converting);
			}
			return buffer.toByteArray();
		}
		payload.writeTo(buffer);
		try {
			return Base64.getMimeDecoder().decode(strictBase64(buffer.toByteArray()));
		}
		catch (IllegalArgumentException ex) {
			throw ExecuteApiException.internalServerError();
		}
	}

	/**
	 * The MIME decoder skips junk silently; text that is not base64 must fail instead.
	 */
	private static byte[] strictBase64(byte[] text) {
		for (byte b : text) {
			boolean base64 = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+'
					|| b == '/' || b == '=' || b == '\r' || b == '\n';
			if (!base64) {
				throw new IllegalArgumentException("not base64");
			}
		}
		return text;
	}

}

package dev.imagegate.localcloud.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as AWS services read and write URLs (RFC 3986, UTF-8). Only here, so
 * that the S3 front, execute-api and the in-process S3 calls agree on what a path means.
 */
public final class PercentEncoding {

	private PercentEncoding() {
	}

	/** Only unreserved characters stay as they are; {@code /} becomes {@code %2F}. */
	public static String encode(String value) {
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (isUnreserved(c)) {
				out.append((char) c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	/** As {@link #encode}, but {@code /} separates path segments and stays. */
	public static String encodePath(String path) {
		return encode(path).replace("%2F", "/");
	}

	/** What a {@code +} means where the text came from. */
	public enum Plus {

		/** A plus, as in a URL's path or an S3 key. */
		LITERAL,

		/** A space, as in a form-encoded query string. */
		SPACE

	}

	/** What to do with a {@code %} that is not followed by two hex digits. */
	public enum Malformed {

		/** Keep it as it came: the request goes on, as S3 and execute-api take it. */
		KEEP,

		/**
		 * Throw {@link MalformedEscapeException}: the caller refuses the request in its
		 * own shape.
		 */
		REJECT

	}

	/** A {@code %} not followed by two hex digits, in {@link Malformed#REJECT} mode. */
	public static final class MalformedEscapeException extends IllegalArgumentException {

		MalformedEscapeException(String text, int index) {
			super("Malformed percent-escape at index " + index + " of '" + text + "'");
		}

	}

	/**
	 * Path decoding, the common case: a {@code +} stays a plus and a malformed escape
	 * stays as it came. The same as {@code decode(text, Plus.LITERAL, Malformed.KEEP)}.
	 */
	public static String decode(String text) {
		return decode(text, Plus.LITERAL, Malformed.KEEP);
	}

	/**
	 * Decodes percent-escapes as UTF-8 (bytes that are not UTF-8 become U+FFFD), with the
	 * caller's meaning of {@code +} and of a malformed escape.
	 */
	public static String decode(String text, Plus plus, Malformed malformed) {
		if (text.indexOf('%') < 0 && (plus == Plus.LITERAL || text.indexOf('+') < 0)) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
				bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
				i += 2;
			}
			else if (c == '%' && malformed == Malformed.REJECT) {
				throw new MalformedEscapeException(text, i);
			}
			else if (c == '+' && plus == Plus.SPACE) {
				bytes.write(' ');
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
				bytes.writeBytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
				i++;
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static boolean isUnreserved(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0;
	}

}

package dev.imagegate.localcloud.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as AWS services read and write URLs (RFC 3986, UTF-8). Only here, so that
 * the S3 front, execute-api and the in-process S3 calls agree on what a path means.
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

	/**
	 * Decoding as UTF-8, leaving {@code +} alone (in a path it is a plus) and keeping a
	 * malformed escape as it came rather than failing the request.
	 */
	public static String decode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
				bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
				i += 2;
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

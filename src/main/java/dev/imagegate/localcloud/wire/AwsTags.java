package dev.imagegate.localcloud.wire;

import java.util.regex.Pattern;

/**
 * The tag rules AWS services share (IAM, S3, API Gateway; "Tagging best practices" and
 * each service's tag restrictions): at most 50 tags per resource, keys of 1 to 128 and
 * values of 0 to 256 Unicode characters, of letters, numbers, spaces and
 * {@code _ . : / = + - @}. Each service words its refusals differently, so this only
 * answers whether a tag is valid.
 */
public final class AwsTags {

	public static final int MAX_TAGS = 50;

	public static final int MAX_KEY_LENGTH = 128;

	public static final int MAX_VALUE_LENGTH = 256;

	/** IAM's model gives the pattern: {@code [\p{L}\p{Z}\p{N}_.:/=+\-@]+}. */
	private static final Pattern CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

	private AwsTags() {
	}

	public static boolean isValidKey(String key) {
		int length = length(key);
		return length >= 1 && length <= MAX_KEY_LENGTH && CHARACTERS.matcher(key).matches();
	}

	public static boolean isValidValue(String value) {
		return length(value) <= MAX_VALUE_LENGTH && CHARACTERS.matcher(value).matches();
	}

	/** Lengths count Unicode characters, not UTF-16 units or bytes. */
	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	/** Keys starting with {@code aws:} (any case) are AWS's own. */
	public static boolean isReserved(String key) {
		return key.regionMatches(true, 0, "aws:", 0, 4);
	}

}

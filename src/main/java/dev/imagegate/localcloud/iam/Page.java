package dev.imagegate.localcloud.iam;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answer ({@code IsTruncated}, {@code Marker}). The marker is opaque
 * to callers: it names the last item returned, so a page stays right even when items
 * before it are deleted between calls.
 */
record Page<T>(List<T> items, boolean truncated, String marker) {

	static final int DEFAULT_MAX_ITEMS = 100;

	static <T> Page<T> of(List<T> all, Function<T, String> key, String marker, Integer maxItems) {
		IamValidation.range("MaxItems", maxItems, 1, 1000);
		int size = (maxItems != null) ? maxItems : DEFAULT_MAX_ITEMS;
		int start = (marker != null) ? startAfter(all, key, decode(marker)) : 0;
		int end = Math.min(all.size(), start + size);
		boolean truncated = end < all.size();
		return new Page<>(List.copyOf(all.subList(start, end)), truncated,
				truncated ? encode(key.apply(all.get(end - 1))) : null);
	}

	private static <T> int startAfter(List<T> all, Function<T, String> key, String last) {
		for (int i = 0; i < all.size(); i++) {
			if (key.apply(all.get(i)).equals(last)) {
				return i + 1;
			}
		}
		// The last item is gone: continue with the first that sorts after it.
		for (int i = 0; i < all.size(); i++) {
			if (key.apply(all.get(i)).compareTo(last) > 0) {
				return i;
			}
		}
		return all.size();
	}

	private static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String marker) {
		try {
			return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new dev.imagegate.localcloud.wire.CloudException(400, "InvalidInput", "Invalid Marker.");
		}
	}

}

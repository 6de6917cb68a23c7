package dev.imagegate.localcloud.apigateway;

import java.util.Map;

import dev.imagegate.localcloud.wire.AwsTags;

/**
 * API Gateway's tag restrictions (developer guide, "Tag restrictions"): at most 50 tags
 * on a resource, keys of 1 to 128 and values of up to 256 Unicode characters, no key
 * starting with {@code aws:} in any case; all refused as {@code BadRequestException}
 * before anything changes.
 */
final class ApiGatewayTags {

	private ApiGatewayTags() {
	}

	/** Checks the tags a resource would have; null means none. */
	static void check(Map<String, String> tags) {
		if (tags == null) {
			return;
		}
		for (Map.Entry<String, String> tag : tags.entrySet()) {
			String key = tag.getKey();
			if (AwsTags.isReserved(key)) {
				// Recorded on AWS.
				throw Errors.badRequest("Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)");
			}
			if (key.isEmpty() || AwsTags.length(key) > AwsTags.MAX_KEY_LENGTH) {
				throw Errors.badRequest(
						"Invalid tag key. Tag keys must be 1 to " + AwsTags.MAX_KEY_LENGTH + " characters long");
			}
			if (tag.getValue() == null || AwsTags.length(tag.getValue()) > AwsTags.MAX_VALUE_LENGTH) {
				throw Errors.badRequest("Invalid tag value for key '" + key + "'. Tag values must be at most "
						+ AwsTags.MAX_VALUE_LENGTH + " characters long");
			}
		}
		if (tags.size() > AwsTags.MAX_TAGS) {
			throw Errors.badRequest("A resource can have at most " + AwsTags.MAX_TAGS
					+ " tags; this request would give it " + tags.size());
		}
	}

}

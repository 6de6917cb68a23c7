package dev.imagegate.localcloud.iam;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.imagegate.localcloud.query.QueryValidation;
import dev.imagegate.localcloud.wire.AwsTags;
import dev.imagegate.localcloud.wire.CloudException;

/**
 * The checks on the tags of one TagRole, CreateRole or UntagRole request, before any role
 * is looked up.
 */
final class RoleTagRules {

	private static final String TAG_KEY_PATTERN = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+";

	private static final String TAG_VALUE_PATTERN = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*";

	private RoleTagRules() {
	}

	/**
	 * IAM's tag rules as AWS words them (recorded: the tag errors name the member by
	 * position and, unlike other members, do not quote the value): at most 50 in one
	 * request, keys of 1 to 128 and values of up to 256 characters of the tag alphabet,
	 * no key twice in any case. The limit of 50 on the role once merged is checked where
	 * they are merged.
	 */
	static void checkTags(List<Tag> tags) {
		if (tags.size() > AwsTags.MAX_TAGS) {
			throw tagError("tags", "Member must have length less than or equal to " + AwsTags.MAX_TAGS);
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < tags.size(); i++) {
			Tag tag = tags.get(i);
			String member = "tags." + (i + 1) + ".member.";
			if (tag.key().isEmpty()) {
				throw tagError(member + "key", "Member must have length greater than or equal to 1");
			}
			if (AwsTags.length(tag.key()) > AwsTags.MAX_KEY_LENGTH) {
				throw tagError(member + "key",
						"Member must have length less than or equal to " + AwsTags.MAX_KEY_LENGTH);
			}
			if (!AwsTags.isValidKey(tag.key())) {
				throw tagError(member + "key", "Member must satisfy regular expression pattern: " + TAG_KEY_PATTERN);
			}
			if (AwsTags.length(tag.value()) > AwsTags.MAX_VALUE_LENGTH) {
				throw tagError(member + "value",
						"Member must have length less than or equal to " + AwsTags.MAX_VALUE_LENGTH);
			}
			if (!AwsTags.isValidValue(tag.value())) {
				throw tagError(member + "value",
						"Member must satisfy regular expression pattern: " + TAG_VALUE_PATTERN);
			}
			if (!keys.add(tag.key().toLowerCase(Locale.ROOT))) {
				throw new CloudException(400, "InvalidInput",
						"Duplicate tag keys found. Please note that Tag keys are case insensitive.");
			}
		}
	}

	/**
	 * UntagRole's keys, recorded on AWS: a bad key is reported for the whole list, with
	 * every constraint on a list member spelled out.
	 */
	static void checkTagKeys(List<String> keys) {
		if (keys.size() > AwsTags.MAX_TAGS) {
			throw tagError("tagKeys", "Member must have length less than or equal to " + AwsTags.MAX_TAGS);
		}
		if (!keys.stream().allMatch(AwsTags::isValidKey)) {
			throw tagError("tagKeys",
					"Member must satisfy constraint: [Member must have length less than or equal to "
							+ AwsTags.MAX_KEY_LENGTH + ", Member must have length greater than or equal to 1, "
							+ "Member must satisfy regular expression pattern: " + TAG_KEY_PATTERN
							+ ", Member must not be null]");
		}
	}

	private static CloudException tagError(String member, String constraint) {
		return QueryValidation.error("Value at '" + member + "' failed to satisfy constraint: " + constraint);
	}

}

package dev.imagegate.buckets;

import java.util.List;
import java.util.regex.Pattern;

/**
 * AWS's rules for general purpose bucket names
 * (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
 */
public final class BucketNames {

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9.-]+");

	private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");

	private static final List<String> RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3",
			"--table-s3");

	private BucketNames() {
	}

	/**
	 * What is wrong with the name, in words a user can act on, or null when it is valid.
	 */
	public static String problem(String name) {
		if (name.length() < 3 || name.length() > 63) {
			return "must be between 3 and 63 characters long";
		}
		if (!ALLOWED.matcher(name).matches()) {
			return "may contain only lowercase letters, digits, dots (.) and hyphens (-)";
		}
		if (!Character.isLetterOrDigit(name.charAt(0)) || !Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
			return "must begin and end with a letter or a digit";
		}
		if (name.contains("..")) {
			return "must not contain two adjacent dots";
		}
		if (IP_ADDRESS.matcher(name).matches()) {
			return "must not look like an IP address";
		}
		for (String prefix : RESERVED_PREFIXES) {
			if (name.startsWith(prefix)) {
				return "must not start with the reserved prefix " + prefix;
			}
		}
		for (String suffix : RESERVED_SUFFIXES) {
			if (name.endsWith(suffix)) {
				return "must not end with the reserved suffix " + suffix;
			}
		}
		return null;
	}

}

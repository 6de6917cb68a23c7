package dev.imagegate.images;

import java.util.regex.Pattern;

/**
 * Which prefixes and object keys the images pages accept. An uploaded file is stored
 * under {@code {prefix}{file name}}: the name is cut to its last path segment (a browser
 * may send {@code C:\Users\me\cat.png} or {@code a/b.png}) and must then pass
 * {@link #FILE_NAME}; anything else is refused with the reason, never silently renamed.
 */
final class ImageKeys {

	/**
	 * The same rule as ProxyApiSpec's prefix: empty, or path segments each ending with /.
	 */
	static final Pattern PREFIX = Pattern.compile("|([A-Za-z0-9!_.*'()-]+/)+");

	/**
	 * 1 to 200 letters, digits, space and ._-+()!' not starting with a dot (spaces only
	 * inside).
	 */
	static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9 _+()!'-][A-Za-z0-9 ._+()!'-]{0,199}");

	/** The rule as the form shows it. */
	static final String FILE_NAME_RULE = "Stored as prefix + file name. The file name (its last path segment) "
			+ "must be 1 to 200 letters, digits, spaces and . _ - + ( ) ! ', must not start with a dot "
			+ "nor start or end with a space; " + "other names are refused, not renamed.";

	private ImageKeys() {
	}

	/** What is wrong with the prefix, or null when it is valid. */
	static String prefixProblem(String prefix) {
		if (prefix.length() > 200 || !PREFIX.matcher(prefix).matches()) {
			return "must be empty or path segments of letters, digits and !_.*'()- each ending with /, e.g. images/";
		}
		if (("/" + prefix).matches(".*/\\.{1,2}/.*")) {
			return "must not contain . or .. segments";
		}
		return null;
	}

	/** The last path segment of a name a browser sent (either separator). */
	static String lastSegment(String original) {
		String name = (original == null) ? "" : original;
		int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		return name.substring(cut + 1);
	}

	/** What is wrong with the (already cut) file name, or null when it is valid. */
	static String fileNameProblem(String name) {
		if (name.isEmpty()) {
			return "has no file name";
		}
		if (name.isBlank()) {
			return "is only spaces";
		}
		if (name.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			return "contains a control character";
		}
		if (Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
			return "starts or ends with a space";
		}
		if (name.startsWith(".")) {
			return "starts with a dot";
		}
		if (name.length() > 200) {
			return "is longer than 200 characters";
		}
		if (!FILE_NAME.matcher(name).matches()) {
			return "may contain only letters, digits, spaces and . _ - + ( ) ! '";
		}
		return null;
	}

	/**
	 * Whether a key may be served by the raw endpoint: a valid prefix and a valid file
	 * name.
	 */
	static boolean isServable(String key) {
		int cut = key.lastIndexOf('/') + 1;
		return prefixProblem(key.substring(0, cut)) == null && fileNameProblem(key.substring(cut)) == null;
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.ArrayList;
import java.util.List;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * One JSON-patch-like operation of an Update* call. AWS escapes {@code /} inside a path
 * segment as {@code ~1} (and {@code ~} as {@code ~0}), e.g.
 * {@code /binaryMediaTypes/image~1png}.
 */
record PatchOperation(String op, String path, String value, String from) {

	/** The path's segments, unescaped; {@code /a/b~1c} gives {@code [a, b/c]}. */
	List<String> segments() {
		if (path == null || !path.startsWith("/")) {
			throw Errors.badRequest("Invalid patch path " + path);
		}
		List<String> segments = new ArrayList<>();
		for (String raw : path.substring(1).split("/", -1)) {
			segments.add(raw.replace("~1", "/").replace("~0", "~"));
		}
		return segments;
	}

	boolean is(String name) {
		return name.equals(op);
	}

	String requiredValue() {
		if (value == null) {
			throw Errors.badRequest("Invalid patch operation: value is required for " + op + " " + path);
		}
		return value;
	}

	/** A path this resource does not have, e.g. "Invalid patch path /httpMethod". */
	CloudException unsupported() {
		return Errors.badRequest("Invalid patch path " + path);
	}

	/** A path that takes {@code replace} only, patched with another op. */
	CloudException replaceOnly() {
		return Errors.badRequest("Invalid patch operation specified. Must be one of: [replace]");
	}

	/**
	 * An op other than replace where only replace is supported (AWS's double space is its
	 * own).
	 */
	CloudException unsupportedOp() {
		return Errors.badRequest(
				"Invalid patch path  '" + path + "' specified for op '" + op + "'. Please choose supported operations");
	}

	/**
	 * A replace of a path other than the listed ones, e.g. {@code /parentId, /pathPart}.
	 */
	CloudException notOneOf(String paths) {
		return Errors.badRequest(
				"Invalid patch path  '" + path + "' specified for op '" + op + "'. Must be one of: [" + paths + "]");
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;

/** API Gateway's patch operations for the members an update changed. */
final class ApiPatches {

	private final List<PatchOperation> operations = new ArrayList<>();

	/**
	 * {@code replace} of a member whose value changed (to "" when it went away, which API
	 * Gateway takes as unset).
	 */
	ApiPatches replaceIfChanged(String path, Object old, Object value) {
		if (!Objects.equals(old, value)) {
			operations.add(operation(Op.REPLACE, path, (value != null) ? String.valueOf(value) : ""));
		}
		return this;
	}

	ApiPatches add(String path, String value) {
		operations.add(operation(Op.ADD, path, value));
		return this;
	}

	ApiPatches remove(String path) {
		operations.add(operation(Op.REMOVE, path, null));
		return this;
	}

	ApiPatches replace(String path, String value) {
		operations.add(operation(Op.REPLACE, path, value));
		return this;
	}

	List<PatchOperation> operations() {
		return operations;
	}

	boolean isEmpty() {
		return operations.isEmpty();
	}

	/** A path segment with {@code ~} and {@code /} escaped, as JSON Pointer does. */
	static String escape(String segment) {
		return segment.replace("~", "~0").replace("/", "~1");
	}

	private static PatchOperation operation(Op op, String path, String value) {
		return PatchOperation.builder().op(op).path(path).value(value).build();
	}

}

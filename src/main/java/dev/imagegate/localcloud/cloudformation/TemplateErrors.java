package dev.imagegate.localcloud.cloudformation;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * CloudFormation's ValidationError, the one code it uses for every refused template or
 * argument.
 */
final class TemplateErrors {

	private TemplateErrors() {
	}

	static CloudException validation(String message) {
		return new CloudException(400, "ValidationError", message);
	}

	/** A template CloudFormation cannot read: {@code Template format error: ...}. */
	static CloudException format(String detail) {
		return validation("Template format error: " + detail);
	}

	static CloudException stackNotFound(String stackName) {
		return validation("Stack with id " + stackName + " does not exist");
	}

}

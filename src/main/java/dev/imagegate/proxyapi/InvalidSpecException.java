package dev.imagegate.proxyapi;

import java.util.Map;

/** A spec refused before any AWS call, with a message per field. */
public class InvalidSpecException extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidSpecException(Map<String, String> fieldErrors) {
		super("Invalid proxy API spec: " + fieldErrors);
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

}

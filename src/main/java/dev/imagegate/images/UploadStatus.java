package dev.imagegate.images;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What became of one uploaded file. The JSON answer and the page's {@code data-status}
 * carry {@link #value()}; {@link #toString()} returns it, so templates print the wire
 * value.
 */
public enum UploadStatus {

	/** Stored under its key: the only status under which anything is stored. */
	STORED("stored"),

	/** The file broke a rule (not an image, too large, a bad name); nothing stored. */
	REFUSED("refused"),

	/** The cloud did not take it; nothing stored. */
	FAILED("failed");

	private final String value;

	UploadStatus(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return value;
	}

	@Override
	public String toString() {
		return value;
	}

}

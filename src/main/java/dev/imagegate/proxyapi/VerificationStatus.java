package dev.imagegate.proxyapi;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the end-to-end check went. The JSON API and the dashboard's badges carry
 * {@link #value()}, which pages also show: {@link #toString()} returns it.
 */
public enum VerificationStatus {

	/** Same bytes and Content-Type through the invoke URL as in S3. */
	PASSED("passed"),

	FAILED("failed"),

	/** The cloud cannot serve deployed APIs. */
	NOT_AVAILABLE("not-available"),

	/** No image under the prefix to fetch yet. */
	SKIPPED("skipped");

	private final String value;

	VerificationStatus(String value) {
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

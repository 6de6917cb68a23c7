package dev.imagegate.proxyapi;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a step of a run is. The JSON API and the live page's events carry
 * {@link #value()}, which pages also show: {@link #toString()} returns it, so templates
 * print the wire value.
 */
public enum StepStatus {

	/**
	 * Started and not finished: seen only while a run goes on (the live page), never in a
	 * result.
	 */
	RUNNING("running"),

	DONE("done"),

	/** With AWS's error code and message. */
	FAILED("failed"),

	/** An earlier step failed. */
	NOT_RUN("not-run"),

	/**
	 * The verification only, when there was nothing to verify: no image yet, or a cloud
	 * that serves no APIs.
	 */
	SKIPPED("skipped");

	private final String value;

	StepStatus(String value) {
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

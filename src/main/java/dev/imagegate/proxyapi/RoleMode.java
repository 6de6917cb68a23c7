package dev.imagegate.proxyapi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What the role API Gateway assumes may read. */
public enum RoleMode {

	/**
	 * An inline policy: GetObject under the prefix, ListBucket limited to it. The
	 * default.
	 */
	LEAST_PRIVILEGE("least-privilege"),

	/**
	 * The AmazonS3ReadOnlyAccess that the AWS console tutorial this project automates
	 * attaches: read access to every bucket in the account. Broad.
	 */
	S3_READ_ONLY("s3-read-only");

	private final String value;

	RoleMode(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return value;
	}

	@JsonCreator
	public static RoleMode of(String value) {
		for (RoleMode mode : values()) {
			if (mode.value.equals(value) || mode.name().equals(value)) {
				return mode;
			}
		}
		throw new IllegalArgumentException("roleMode must be least-privilege or s3-read-only");
	}

}

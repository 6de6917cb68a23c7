package dev.imagegate.localcloud.s3;

import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * The checks S3 makes of a PutBucketPolicy document before anything else: present, JSON,
 * an object with a {@code Statement}, with S3's wordings (S3's error responses,
 * MalformedPolicy). Whether its principals, actions and resources make sense is not
 * checked.
 */
final class BucketPolicyDocument {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BucketPolicyDocument() {
	}

	/** The document as sent, once it passes. */
	static String check(byte[] body) {
		if (body.length == 0) {
			throw new CloudException(400, "MissingRequestBodyError", "Request Body is empty");
		}
		String text = new String(body, StandardCharsets.UTF_8);
		JsonNode policy;
		try {
			policy = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			policy = null;
		}
		if (policy == null || !policy.isObject() || !text.strip().startsWith("{")) {
			throw new CloudException(400, "MalformedPolicy",
					"Policies must be valid JSON and the first byte must be '{'");
		}
		if (!policy.has("Statement")) {
			throw new CloudException(400, "MalformedPolicy", "Missing required field Statement");
		}
		return text;
	}

}

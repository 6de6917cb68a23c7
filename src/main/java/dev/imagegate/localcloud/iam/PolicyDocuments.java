package dev.imagegate.localcloud.iam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import dev.imagegate.localcloud.wire.CloudException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks policy documents the way IAM rejects the common mistakes (not JSON, no Version,
 * no Statement), and encodes them for responses: IAM returns documents URL-encoded.
 */
final class PolicyDocuments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");

	private PolicyDocuments() {
	}

	/** Throws MalformedPolicyDocument unless the document is a JSON object with a known Version and Statements. */
	static void check(String document) {
		JsonNode root;
		try {
			root = JSON.readTree(document);
		}
		catch (JacksonException ex) {
			throw malformed("This policy contains invalid Json");
		}
		if (root == null || !root.isObject()) {
			throw malformed("This policy contains invalid Json");
		}
		JsonNode version = root.get("Version");
		if (version == null || !version.isString() || !VERSIONS.contains(version.asString())) {
			throw malformed("The policy failed legacy parsing");
		}
		JsonNode statement = root.get("Statement");
		boolean valid = statement != null && (statement.isObject() || (statement.isArray() && !statement.isEmpty()));
		if (!valid) {
			throw malformed("Syntax errors in policy.");
		}
		for (JsonNode each : statement.isArray() ? statement : java.util.List.of(statement)) {
			JsonNode effect = each.get("Effect");
			if (!each.isObject() || effect == null || !Set.of("Allow", "Deny").contains(effect.asString(""))) {
				throw malformed("Syntax errors in policy.");
			}
		}
	}

	/** URL-encodes as IAM does (RFC 3986: only letters, digits and {@code -._~} stay as they are). */
	static String encode(String document) {
		return URLEncoder.encode(document, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A")
			.replace("%7E", "~");
	}

	private static CloudException malformed(String message) {
		return new CloudException(400, "MalformedPolicyDocument", message);
	}

}

package dev.imagegate.proxyapi.steps;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * IAM returns policy documents URL-encoded (the Java SDK does not decode them); compare
 * them with ours as JSON, so whitespace and key order do not count as a change.
 */
final class PolicyDocuments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PolicyDocuments() {
	}

	static String decode(String document) {
		return (document != null && document.startsWith("%")) || (document != null && document.contains("%22"))
				? URLDecoder.decode(document, StandardCharsets.UTF_8) : document;
	}

	static boolean same(String fromAws, String ours) {
		if (fromAws == null) {
			return false;
		}
		try {
			return JSON.readTree(decode(fromAws)).equals(JSON.readTree(ours));
		}
		catch (JacksonException ex) {
			return false;
		}
	}

}

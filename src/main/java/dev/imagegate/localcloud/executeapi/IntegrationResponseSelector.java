package dev.imagegate.localcloud.executeapi;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.imagegate.localcloud.apigateway.model.Integration;
import dev.imagegate.localcloud.apigateway.model.IntegrationResponse;

/**
 * The integration response stage: the response whose {@code selectionPattern} (a Java
 * regular expression) matches the whole status code S3 answered; else the one without a
 * pattern (the default); else 500 Internal server error. So with only a default 200, S3's
 * 404 reaches the client as a 200.
 */
final class IntegrationResponseSelector {

	private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	private IntegrationResponseSelector() {
	}

	static IntegrationResponse select(Integration integration, int status) {
		if (integration.integrationResponses == null) {
			throw ExecuteApiException.internalServerError();
		}
		String code = String.valueOf(status);
		IntegrationResponse fallback = null;
		// By status code, so that overlapping patterns always pick the same response.
		for (IntegrationResponse response : new TreeMap<>(integration.integrationResponses).values()) {
			String pattern = response.selectionPattern;
			if (pattern == null || pattern.isEmpty()) {
				fallback = (fallback == null) ? response : fallback;
			}
			else if (compile(pattern).matcher(code).matches()) {
				return response;
			}
		}
		if (fallback == null) {
			throw ExecuteApiException.internalServerError();
		}
		return fallback;
	}

	private static Pattern compile(String pattern) {
		return PATTERNS.computeIfAbsent(pattern, (p) -> {
			try {
				return Pattern.compile(p, Pattern.DOTALL);
			}
			catch (PatternSyntaxException ex) {
				return Pattern.compile("(?!)");
			}
		});
	}

}

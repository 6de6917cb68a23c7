package dev.imagegate.localcloud.query;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.http.BodyLimit;
import dev.imagegate.localcloud.wire.CloudException;

/**
 * The parameters of one query-protocol call, from the form body and the query string
 * alike ({@code Action=CreateRole&RoleName=...&Tags.member.1.Key=...}). Missing required
 * parameters fail with AWS's ValidationError wording, which names the member in lower
 * camel case.
 */
public final class QueryRequest {

	/**
	 * No query API documents a request size; the largest legitimate one is a policy
	 * document of IAM's 131,072 characters, percent-encoded: 1 MiB holds it.
	 */
	static final int MAX_BODY = 1024 * 1024;

	private final Map<String, String> params;

	QueryRequest(Map<String, String> params) {
		this.params = params;
	}

	/**
	 * The parameters of the query string, then of a form body, read within
	 * {@link #MAX_BODY}; the first value of a repeated name wins, as a servlet
	 * container's would.
	 */
	static QueryRequest from(HttpServletRequest request) throws IOException {
		Map<String, String> params = new LinkedHashMap<>();
		parseForm(request.getQueryString(), params);
		String contentType = request.getContentType();
		if (contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			// AWS SDKs send UTF-8 form bodies, whatever charset they name.
			parseForm(new String(BodyLimit.readAll(request, MAX_BODY), StandardCharsets.UTF_8), params);
		}
		return new QueryRequest(params);
	}

	private static void parseForm(String form, Map<String, String> params) {
		if (form == null || form.isEmpty()) {
			return;
		}
		for (String pair : form.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			params.putIfAbsent(decode((eq < 0) ? pair : pair.substring(0, eq)),
					(eq < 0) ? "" : decode(pair.substring(eq + 1)));
		}
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new CloudException(404, "MalformedQueryString", "The query string contains a syntax error.");
		}
	}

	String action() {
		return params.get("Action");
	}

	public String optional(String name) {
		return params.get(name);
	}

	public String required(String name) {
		String value = params.get(name);
		if (value == null) {
			throw QueryValidation.error("Value null at '" + QueryValidation.member(name)
					+ "' failed to satisfy constraint: Member must not be null");
		}
		return value;
	}

	public Integer optionalInt(String name) {
		String value = params.get(name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw QueryValidation.error("Value '" + value + "' at '" + QueryValidation.member(name)
					+ "' failed to satisfy constraint: Member must be a number");
		}
	}

	/** {@code Name.member.1}, {@code Name.member.2}, ... until the first gap. */
	public List<String> members(String name) {
		List<String> values = new ArrayList<>();
		for (int i = 1; params.containsKey(name + ".member." + i); i++) {
			values.add(params.get(name + ".member." + i));
		}
		return values;
	}

	public boolean has(String name) {
		return params.containsKey(name) || params.keySet().stream().anyMatch((k) -> k.startsWith(name + "."));
	}

}

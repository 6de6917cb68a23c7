package dev.imagegate.localcloud.query;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The parameters of one query-protocol call, from the form body and the query string alike
 * ({@code Action=CreateRole&RoleName=...&Tags.member.1.Key=...}). Missing required
 * parameters fail with AWS's ValidationError wording, which names the member in lower camel case.
 */
public final class QueryRequest {

	private final Map<String, String> params;

	QueryRequest(Map<String, String> params) {
		this.params = params;
	}

	static QueryRequest from(HttpServletRequest request) throws UnsupportedEncodingException {
		if (request.getCharacterEncoding() == null) {
			// AWS SDKs send UTF-8 form bodies; without this Tomcat would read them as ISO-8859-1.
			request.setCharacterEncoding("UTF-8");
		}
		Map<String, String> params = new LinkedHashMap<>();
		for (String name : Collections.list(request.getParameterNames())) {
			params.put(name, request.getParameter(name));
		}
		return new QueryRequest(params);
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

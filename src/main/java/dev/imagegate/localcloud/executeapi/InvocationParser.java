package dev.imagegate.localcloud.executeapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.localcloud.wire.PercentEncoding;
import dev.imagegate.localcloud.wire.PercentEncoding.Malformed;
import dev.imagegate.localcloud.wire.PercentEncoding.Plus;

/**
 * First stage: reads the three URL forms the local cloud answers on into an
 * {@link Invocation}, from the raw (still percent-encoded) request URI, so that no
 * servlet container decoding or normalising changes what the API sees:
 * {@code /_aws/execute-api/{api}/{stage}/{path}},
 * {@code /restapis/{api}/{stage}/_user_request_/{path}} and Host
 * {@code {api}.execute-api.*} with {@code /{stage}/{path}}.
 */
final class InvocationParser {

	private static final String AWS_PREFIX = "/_aws/execute-api/";

	private InvocationParser() {
	}

	static Invocation parse(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String host = request.getServerName().toLowerCase(Locale.ROOT);
		List<String> raw = new ArrayList<>(List.of(uri.split("/", -1)));
		raw.remove(0);
		String apiId;
		if (uri.startsWith(AWS_PREFIX)) {
			raw.subList(0, 2).clear();
			apiId = raw.isEmpty() ? "" : raw.remove(0);
		}
		else if (uri.startsWith("/restapis/") && raw.size() >= 4 && raw.get(3).equals("_user_request_")) {
			apiId = raw.get(1);
			raw.remove(3);
			raw.subList(0, 2).clear();
		}
		else {
			apiId = host.substring(0, host.indexOf(".execute-api."));
		}
		String stage = raw.isEmpty() ? "" : PercentEncoding.decode(raw.remove(0), Plus.LITERAL, Malformed.KEEP);
		if (!raw.isEmpty() && raw.get(raw.size() - 1).isEmpty()) {
			raw.remove(raw.size() - 1);
		}
		List<String> path = raw.stream()
			.map((segment) -> PercentEncoding.decode(segment, Plus.LITERAL, Malformed.KEEP))
			.toList();
		return new Invocation(RequestIds.requestId(), RequestIds.apigwId(), request.getMethod(), apiId, stage, path,
				query(request.getQueryString()), headers(request), request);
	}

	/**
	 * Query parameters as API Gateway reads them: {@code +} is a space, the last value of
	 * a name wins.
	 */
	static Map<String, String> query(String queryString) {
		if (queryString == null || queryString.isEmpty()) {
			return Map.of();
		}
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : queryString.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = (eq < 0) ? pair : pair.substring(0, eq);
			String value = (eq < 0) ? "" : pair.substring(eq + 1);
			query.put(PercentEncoding.decode(name, Plus.SPACE, Malformed.KEEP),
					PercentEncoding.decode(value, Plus.SPACE, Malformed.KEEP));
		}
		return query;
	}

	private static Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new HashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			List<String> values = Collections.list(request.getHeaders(name));
			headers.put(name.toLowerCase(Locale.ROOT), values.get(values.size() - 1));
		}
		return headers;
	}

}

package dev.imagegate.localcloud.s3;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import dev.imagegate.localcloud.wire.PercentEncoding;

/**
 * The request with some query parameters set and others removed, as S3Mock is to see it.
 */
class QueryRewrite extends HttpServletRequestWrapper {

	private final Map<String, String[]> parameters;

	private QueryRewrite(HttpServletRequest request, Map<String, String[]> parameters) {
		super(request);
		this.parameters = Collections.unmodifiableMap(parameters);
	}

	static HttpServletRequest of(HttpServletRequest request, Map<String, String> set, List<String> removed) {
		Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
		removed.forEach(parameters::remove);
		set.forEach((name, value) -> parameters.put(name, new String[] { value }));
		return new QueryRewrite(request, parameters);
	}

	/**
	 * The request's parameters from its query string alone. A POST labelled as a form
	 * ({@code application/x-www-form-urlencoded}, as curl labels any body) would
	 * otherwise have its XML body parsed as form fields by the container, and refused
	 * when large; S3 reads parameters only from the query.
	 */
	static HttpServletRequest queryOnly(HttpServletRequest request) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		String query = request.getQueryString();
		for (String pair : (query == null || query.isEmpty()) ? new String[0] : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = PercentEncoding.decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : PercentEncoding.decode(pair.substring(equals + 1));
			String[] values = parameters.getOrDefault(name, new String[0]);
			String[] more = Arrays.copyOf(values, values.length + 1);
			more[values.length] = value;
			parameters.put(name, more);
		}
		return new QueryRewrite(request, parameters) {
			@Override
			public String getQueryString() {
				return query;
			}
		};
	}

	@Override
	public String getQueryString() {
		return parameters.entrySet()
			.stream()
			.flatMap((entry) -> Arrays.stream(entry.getValue())
				.map((value) -> PercentEncoding.encode(entry.getKey()) + "=" + PercentEncoding.encode(value)))
			.collect(Collectors.joining("&"));
	}

	@Override
	public String getParameter(String name) {
		String[] values = parameters.get(name);
		return (values == null || values.length == 0) ? null : values[0];
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters.keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		return parameters.get(name);
	}

}

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

/** The request with some query parameters set and others removed, as S3Mock is to see it. */
final class QueryRewrite extends HttpServletRequestWrapper {

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

package dev.imagegate.localcloud.s3;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import dev.imagegate.http.BlockingServletInput;
import dev.imagegate.localcloud.wire.PercentEncoding;

import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * An {@link S3Call} as the servlet request S3Mock's controllers read: path style, its own
 * method, path, query, headers, body and attributes. It wraps the request being served
 * (an API's invocation) only for what S3 never looks at, such as the servlet context and
 * the client's address.
 */
final class InProcessRequest extends HttpServletRequestWrapper {

	private final S3Call call;

	private final String uri;

	private final String queryString;

	private final Map<String, String> headers;

	private final Map<String, Object> attributes = new HashMap<>();

	private final ServletInputStream body;

	private String characterEncoding;

	InProcessRequest(HttpServletRequest origin, S3Call call) {
		super(origin);
		this.call = call;
		this.uri = "/" + PercentEncoding.encode(call.bucket())
				+ (call.key().isEmpty() ? "" : "/" + PercentEncoding.encodePath(call.key()));
		this.queryString = call.query().isEmpty() ? null
				: call.query()
					.entrySet()
					.stream()
					.map((e) -> PercentEncoding.encode(e.getKey()) + "=" + PercentEncoding.encode(e.getValue()))
					.collect(Collectors.joining("&"));
		this.headers = new LinkedCaseInsensitiveMap<>(Locale.ROOT);
		this.headers.putAll(call.headers());
		this.body = new BlockingServletInput((call.body() != null) ? call.body() : InputStream.nullInputStream());
		if (call.body() != null && call.contentLength() >= 0) {
			this.headers.put(HttpHeaders.CONTENT_LENGTH, Long.toString(call.contentLength()));
		}
	}

	@Override
	public String getMethod() {
		return call.method();
	}

	@Override
	public String getRequestURI() {
		return uri;
	}

	@Override
	public StringBuffer getRequestURL() {
		return new StringBuffer("http://s3.localhost").append(uri);
	}

	@Override
	public String getContextPath() {
		return "";
	}

	@Override
	public String getServletPath() {
		return PercentEncoding.decode(uri);
	}

	@Override
	public String getPathInfo() {
		return null;
	}

	@Override
	public String getQueryString() {
		return queryString;
	}

	@Override
	public String getParameter(String name) {
		return call.query().get(name);
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return call.query()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> new String[] { e.getValue() }));
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(call.query().keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		String value = call.query().get(name);
		return (value != null) ? new String[] { value } : null;
	}

	@Override
	public String getHeader(String name) {
		return headers.get(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		String value = headers.get(name);
		return Collections.enumeration((value != null) ? List.of(value) : List.of());
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		return Collections.enumeration(headers.keySet());
	}

	@Override
	public int getIntHeader(String name) {
		String value = headers.get(name);
		return (value != null) ? Integer.parseInt(value.trim()) : -1;
	}

	@Override
	public long getDateHeader(String name) {
		String value = headers.get(name);
		if (value == null) {
			return -1;
		}
		HttpHeaders parsed = new HttpHeaders();
		parsed.set(name, value);
		return parsed.getFirstDate(name);
	}

	@Override
	public String getContentType() {
		return headers.get(HttpHeaders.CONTENT_TYPE);
	}

	@Override
	public int getContentLength() {
		long length = getContentLengthLong();
		return (length > Integer.MAX_VALUE) ? -1 : (int) length;
	}

	@Override
	public long getContentLengthLong() {
		return (call.body() != null) ? call.contentLength() : 0;
	}

	@Override
	public String getCharacterEncoding() {
		return characterEncoding;
	}

	@Override
	public void setCharacterEncoding(String encoding) {
		this.characterEncoding = encoding;
	}

	@Override
	public ServletInputStream getInputStream() {
		return body;
	}

	@Override
	public BufferedReader getReader() {
		Charset charset = (characterEncoding != null) ? Charset.forName(characterEncoding) : StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	@Override
	public Object getAttribute(String name) {
		return attributes.get(name);
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		return Collections.enumeration(attributes.keySet());
	}

	@Override
	public void setAttribute(String name, Object value) {
		if (value == null) {
			attributes.remove(name);
		}
		else {
			attributes.put(name, value);
		}
	}

	@Override
	public void removeAttribute(String name) {
		attributes.remove(name);
	}

	@Override
	public DispatcherType getDispatcherType() {
		return DispatcherType.REQUEST;
	}

	@Override
	public boolean isAsyncSupported() {
		return false;
	}

	@Override
	public boolean isAsyncStarted() {
		return false;
	}

}

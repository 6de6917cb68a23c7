package dev.imagegate.localcloud.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.LinkedCaseInsensitiveMap;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The response of an in-process S3 call: what S3Mock sets (status, headers) and writes is
 * kept here instead of going to a client. Written bodies are small (errors, XML listings)
 * and are held; an object's content is never copied but kept as S3Mock's
 * {@link StreamingResponseBody} (see {@link SynchronousStreaming}), for the caller to
 * stream.
 */
final class CapturedResponse implements HttpServletResponse {

	/**
	 * More than any listing S3 writes in one answer; an object body is never held here.
	 */
	private static final int MAX_HELD_BODY = 16 * 1024 * 1024;

	private final Map<String, List<String>> headers = new LinkedCaseInsensitiveMap<>(Locale.ROOT);

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	private int status = 200;

	private String characterEncoding;

	private boolean committed;

	private StreamingResponseBody deferred;

	private PrintWriter writer;

	void deferBody(StreamingResponseBody streaming) {
		this.deferred = streaming;
	}

	/** What S3Mock answered, once it has returned. */
	S3Answer answer() {
		if (writer != null) {
			writer.flush();
		}
		return new S3Answer(status, headers, (deferred != null) ? deferred : body.toByteArray());
	}

	@Override
	public void setStatus(int sc) {
		if (!committed) {
			status = sc;
		}
	}

	@Override
	public int getStatus() {
		return status;
	}

	@Override
	public void sendError(int sc, String msg) {
		status = sc;
		committed = true;
	}

	@Override
	public void sendError(int sc) {
		sendError(sc, null);
	}

	@Override
	public void sendRedirect(String location, int sc, boolean clearBuffer) {
		setHeader("Location", location);
		sendError(sc);
	}

	@Override
	public void setHeader(String name, String value) {
		if (value == null) {
			headers.remove(name);
		}
		else {
			headers.put(name, new ArrayList<>(List.of(value)));
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (value != null) {
			headers.computeIfAbsent(name, (n) -> new ArrayList<>()).add(value);
		}
	}

	@Override
	public void setIntHeader(String name, int value) {
		setHeader(name, Integer.toString(value));
	}

	@Override
	public void addIntHeader(String name, int value) {
		addHeader(name, Integer.toString(value));
	}

	@Override
	public void setDateHeader(String name, long date) {
		setHeader(name, httpDate(date));
	}

	@Override
	public void addDateHeader(String name, long date) {
		addHeader(name, httpDate(date));
	}

	private static String httpDate(long epochMillis) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
	}

	@Override
	public boolean containsHeader(String name) {
		return headers.containsKey(name);
	}

	@Override
	public String getHeader(String name) {
		List<String> values = headers.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	@Override
	public Collection<String> getHeaders(String name) {
		return headers.getOrDefault(name, List.of());
	}

	@Override
	public Collection<String> getHeaderNames() {
		return headers.keySet();
	}

	@Override
	public void setContentType(String type) {
		setHeader("Content-Type", type);
	}

	@Override
	public String getContentType() {
		return getHeader("Content-Type");
	}

	@Override
	public void setContentLength(int len) {
		setContentLengthLong(len);
	}

	@Override
	public void setContentLengthLong(long len) {
		setHeader("Content-Length", Long.toString(len));
	}

	@Override
	public void setCharacterEncoding(String charset) {
		characterEncoding = charset;
	}

	@Override
	public String getCharacterEncoding() {
		return (characterEncoding != null) ? characterEncoding : StandardCharsets.ISO_8859_1.name();
	}

	@Override
	public ServletOutputStream getOutputStream() {
		return new ServletOutputStream() {
			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				if (body.size() + length > MAX_HELD_BODY) {
					throw new IOException("S3's answer is larger than an in-process call may hold");
				}
				committed = true;
				body.write(bytes, offset, length);
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				throw new UnsupportedOperationException("in-process S3 calls are blocking");
			}
		};
	}

	@Override
	public PrintWriter getWriter() {
		if (writer == null) {
			writer = new PrintWriter(
					new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
		}
		return writer;
	}

	@Override
	public void flushBuffer() {
		committed = true;
	}

	@Override
	public boolean isCommitted() {
		return committed;
	}

	@Override
	public void reset() {
		if (committed) {
			throw new IllegalStateException("Already committed");
		}
		headers.clear();
		status = 200;
		body.reset();
	}

	@Override
	public void resetBuffer() {
		if (committed) {
			throw new IllegalStateException("Already committed");
		}
		body.reset();
	}

	@Override
	public void setBufferSize(int size) {
		// Nothing is sent anywhere: there is no buffer to size.
	}

	@Override
	public int getBufferSize() {
		return 0;
	}

	@Override
	public void setLocale(Locale locale) {
		// S3 answers carry no Content-Language.
	}

	@Override
	public Locale getLocale() {
		return Locale.ROOT;
	}

	@Override
	public void addCookie(Cookie cookie) {
		// S3 sets no cookies.
	}

	@Override
	public String encodeURL(String url) {
		return url;
	}

	@Override
	public String encodeRedirectURL(String url) {
		return url;
	}

}

package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.LinkedCaseInsensitiveMap;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What S3 answered an in-process call: status, headers (any spelling), and the body,
 * either held (errors, XML) or still to be streamed from the object's file by
 * {@link #writeBody}.
 */
public final class S3Answer {

	private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]+)</Code>");

	private final int status;

	private final Map<String, List<String>> headers;

	private final Object body;

	S3Answer(int status, Map<String, List<String>> headers, Object body) {
		this.status = status;
		this.headers = headers;
		this.body = body;
	}

	/** An error as S3 itself writes it: XML, and no body for HEAD. */
	public static S3Answer error(int status, String code, String message, boolean head) {
		byte[] xml = head ? new byte[0] : S3Errors.xml(code, message).getBytes(StandardCharsets.UTF_8);
		Map<String, List<String>> headers = new LinkedCaseInsensitiveMap<>(Locale.ROOT);
		headers.put("Content-Type", List.of("application/xml"));
		headers.put("Content-Length", List.of(Integer.toString(xml.length)));
		return new S3Answer(status, headers, xml);
	}

	public int status() {
		return status;
	}

	/** The first value of a header, whatever its spelling, or null. */
	public String header(String name) {
		List<String> values = headers.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/** S3's error code, for an error answer (its body is small and held), else null. */
	public String errorCode() {
		if (status < 300 || !(body instanceof byte[] bytes)) {
			return null;
		}
		Matcher code = ERROR_CODE.matcher(new String(bytes, StandardCharsets.UTF_8));
		return code.find() ? code.group(1) : null;
	}

	/** The length of the body, when it is known before writing it (else -1). */
	public long contentLength() {
		if (body instanceof byte[] bytes) {
			return bytes.length;
		}
		String length = header("Content-Length");
		try {
			return (length != null) ? Long.parseLong(length.trim()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * Whether the body is an object's content, streamed from its file when written (else
	 * held).
	 */
	boolean isStreamed() {
		return body instanceof StreamingResponseBody;
	}

	/** Writes the body; an object's content streams from its file, never held whole. */
	public void writeBody(OutputStream out) throws IOException {
		if (body instanceof byte[] bytes) {
			out.write(bytes);
		}
		else {
			((StreamingResponseBody) body).writeTo(out);
		}
	}

}

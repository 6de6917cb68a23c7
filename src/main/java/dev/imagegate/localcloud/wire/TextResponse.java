package dev.imagegate.localcloud.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A whole answer written at once, UTF-8 with its length, as the emulated services send
 * errors and small bodies.
 */
public final class TextResponse {

	private TextResponse() {
	}

	/** Set any headers first: the body commits the response. */
	public static void write(HttpServletResponse response, int status, String contentType, String text)
			throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType(contentType);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}

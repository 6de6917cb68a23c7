package dev.imagegate.localcloud.wire;

import java.io.IOException;
import java.io.PushbackInputStream;

import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.http.BlockingServletInput;

/**
 * For a client that gets no interim 100 (see {@link ExpectContinueValve}): nothing may be
 * answered before its body has arrived, or it reads the answer as the 100 it waits for
 * (old botocore only recognises status lines with a reason phrase, which Tomcat never
 * sends). Such a client sends its body after waiting one second, so this waits for the
 * first byte of the body, or, for an empty body, for that second to pass.
 */
final class AwaitedBody {

	/** botocore waits this long for an interim answer before it sends the body anyway. */
	private static final long CLIENT_WAIT_MILLIS = 1_100;

	private AwaitedBody() {
	}

	static HttpServletRequest await(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() == 0) {
			try {
				Thread.sleep(CLIENT_WAIT_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return request;
		}
		PushbackInputStream body = new PushbackInputStream(request.getInputStream(), 1);
		int first = body.read();
		if (first >= 0) {
			body.unread(first);
		}
		return BlockingServletInput.withBody(request, body);
	}

}

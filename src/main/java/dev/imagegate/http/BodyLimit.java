package dev.imagegate.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Request bodies within an operation's size limit. A declared length over the limit is
 * refused before a byte is read; a body without one (chunked) is counted as it is read
 * and cut off at the limit. Either way, memory stays flat whatever a client sends.
 */
public final class BodyLimit {

	private BodyLimit() {
	}

	/**
	 * Refuses a request whose declared length is over the limit, before reading anything.
	 */
	public static void checkDeclared(HttpServletRequest request, long limit) throws TooLarge {
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			throw new TooLarge(limit, declared);
		}
	}

	/**
	 * The whole body of a small request (a form, a JSON or XML document), at most
	 * {@code limit} bytes.
	 */
	public static byte[] readAll(HttpServletRequest request, int limit) throws IOException {
		checkDeclared(request, limit);
		ByteArrayOutputStream body = new ByteArrayOutputStream(
				Math.max(0, Math.min(request.getContentLength(), limit)));
		try (InputStream in = limited(request.getInputStream(), limit)) {
			in.transferTo(body);
		}
		return body.toByteArray();
	}

	/**
	 * The request with its body cut off at the limit ({@link #limited}), for code
	 * downstream that reads it.
	 */
	public static HttpServletRequest withLimitedBody(HttpServletRequest request, long limit) throws IOException {
		return BlockingServletInput.withBody(request, limited(request.getInputStream(), limit));
	}

	/**
	 * The stream, failing with {@link TooLarge} as soon as more than {@code limit} bytes
	 * come.
	 */
	public static Limited limited(InputStream in, long limit) {
		return new Limited(in, limit);
	}

	/**
	 * A stream cut off at a limit, which remembers whether it was, whoever caught the
	 * failure.
	 */
	public static final class Limited extends FilterInputStream {

		private final long limit;

		private long count;

		private volatile boolean exceeded;

		Limited(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		public boolean exceeded() {
			return exceeded;
		}

		private void count(int n) throws TooLarge {
			count += n;
			if (count > limit) {
				exceeded = true;
				throw new TooLarge(limit, -1);
			}
		}

	}

	/**
	 * A body over the limit: {@code declared} is its announced length, or -1 when it had
	 * none.
	 */
	public static final class TooLarge extends IOException {

		private final long limit;

		private final long declared;

		public TooLarge(long limit, long declared) {
			super("The request body is larger than " + limit + " bytes");
			this.limit = limit;
			this.declared = declared;
		}

		public long limit() {
			return limit;
		}

		public long declared() {
			return declared;
		}

	}

}

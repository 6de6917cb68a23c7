package dev.imagegate.http;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Any stream as a request body for code that reads it blocking, as everything in the
 * local cloud and Spring MVC do: a body held back, counted or made up in process.
 */
public final class BlockingServletInput extends ServletInputStream {

	private final InputStream in;

	private boolean finished;

	public BlockingServletInput(InputStream in) {
		this.in = in;
	}

	/** The request with this stream as its body. */
	public static HttpServletRequest withBody(HttpServletRequest request, InputStream body) {
		ServletInputStream stream = new BlockingServletInput(body);
		return new HttpServletRequestWrapper(request) {
			@Override
			public ServletInputStream getInputStream() {
				return stream;
			}
		};
	}

	@Override
	public int read() throws IOException {
		int b = in.read();
		finished = b < 0;
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = in.read(buffer, offset, length);
		finished = n < 0;
		return n;
	}

	@Override
	public boolean isFinished() {
		return finished;
	}

	@Override
	public boolean isReady() {
		return true;
	}

	@Override
	public void setReadListener(ReadListener listener) {
		throw new IllegalStateException("This body is read blocking");
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}

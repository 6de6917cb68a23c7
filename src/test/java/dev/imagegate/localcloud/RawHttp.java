package dev.imagegate.localcloud;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand over a socket, for what no HTTP client will send: raw
 * characters in a path, a declared length with no body behind it, headers that are not a
 * signature.
 */
public final class RawHttp {

	/** Any credentials do: the local cloud reads the scope, not the signature. */
	public static String signedFor(String service) {
		return "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/" + service
				+ "/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef";
	}

	private static final Pattern CONTENT_LENGTH = Pattern.compile("\r\ncontent-length:\\s*(\\d+)");

	private RawHttp() {
	}

	/**
	 * Sends the request head (the request line, then each header line; Host and
	 * {@code Connection: close} are added), then {@code body}, and reads the whole
	 * answer.
	 */
	public static Response send(int port, String requestLine, Map<String, String> headers, byte[] body)
			throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost:")
				.append(port)
				.append("\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			head.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			return read(socket.getInputStream());
		}
	}

	private static Response read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; !complete(all) && (n = in.read(buffer)) > 0;) {
				all.write(buffer, 0, n);
			}
		}
		catch (SocketTimeoutException | java.net.SocketException ex) {
			// The server closed or stopped reading: what arrived is the answer.
		}
		String text = all.toString(StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("No complete HTTP answer: " + text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		String body = text.substring(end + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
	}

	/**
	 * Whether the answer is all there by its own framing: a server that refused a body it
	 * did not read may keep the connection open waiting for it, and waiting for the
	 * socket's timeout cost these tests 20 s each.
	 */
	private static boolean complete(ByteArrayOutputStream received) {
		String text = received.toString(StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			return false;
		}
		String head = text.substring(0, end).toLowerCase(Locale.ROOT);
		int bodyLength = text.length() - end - 4;
		Matcher length = CONTENT_LENGTH.matcher(head);
		if (length.find()) {
			return bodyLength >= Long.parseLong(length.group(1));
		}
		return head.contains("\r\ntransfer-encoding: chunked") && text.endsWith("\r\n0\r\n\r\n");
	}

	private static String unchunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (at < chunked.length()) {
			int lineEnd = chunked.indexOf("\r\n", at);
			int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
			if (size == 0) {
				break;
			}
			body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toString();
	}

	/**
	 * @param headers by lower-cased name
	 */
	public record Response(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}

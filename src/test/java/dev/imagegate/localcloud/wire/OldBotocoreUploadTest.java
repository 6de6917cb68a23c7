package dev.imagegate.localcloud.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An upload as Debian's AWS CLI v2 (old botocore) makes it, on a raw socket: Expect:
 * 100-continue, then the body only after a second without an answer. The local cloud must
 * answer nothing before the body, then answer normally, including for an empty body and
 * for an error known before the body (a missing bucket).
 */
@LocalCloudTest
class OldBotocoreUploadTest {

	@Autowired
	LocalCloud localCloud;

	@Autowired
	S3Client s3;

	@Test
	void aBodySentAfterTheWaitIsStored() throws IOException {
		s3.createBucket((b) -> b.bucket("old-botocore"));
		try (Socket socket = connect()) {
			send(socket, headers("/old-botocore/hello.txt", 5));
			assertNothingArrivesWithin(socket, 900);
			send(socket, "hello");

			assertThat(statusLine(socket)).startsWith("HTTP/1.1 200");
		}
		assertThat(s3.getObjectAsBytes((g) -> g.bucket("old-botocore").key("hello.txt")).asUtf8String())
			.isEqualTo("hello");
	}

	@Test
	void anEmptyBodyIsAnsweredOnlyAfterTheClientStoppedWaiting() throws IOException {
		s3.createBucket((b) -> b.bucket("old-botocore-empty"));
		try (Socket socket = connect()) {
			send(socket, headers("/old-botocore-empty/empty.txt", 0));
			assertNothingArrivesWithin(socket, 900);

			socket.setSoTimeout(10_000);
			assertThat(statusLine(socket)).startsWith("HTTP/1.1 200");
		}
		assertThat(s3.headObject((h) -> h.bucket("old-botocore-empty").key("empty.txt")).contentLength()).isZero();
	}

	@Test
	void anErrorKnownBeforeTheBodyWaitsForItToo() throws IOException {
		try (Socket socket = connect()) {
			send(socket, headers("/old-botocore-missing/x.txt", 3));
			assertNothingArrivesWithin(socket, 900);
			send(socket, "abc");

			assertThat(statusLine(socket)).startsWith("HTTP/1.1 404");
		}
	}

	private Socket connect() throws IOException {
		return new Socket("localhost", localCloud.port());
	}

	private String headers(String path, int length) {
		return "PUT " + path + " HTTP/1.1\r\nHost: localhost:" + localCloud.port() + "\r\n"
				+ "User-Agent: aws-cli/2.9.19 Python/3.11.2 Linux/6.1 source/x86_64.debian.12 prompt/off "
				+ "command/s3.cp\r\nExpect: 100-continue\r\nContent-Length: " + length + "\r\nContent-Type: "
				+ "text/plain\r\nX-Amz-Content-SHA256: UNSIGNED-PAYLOAD\r\nX-Amz-Date: 20261126T110650Z\r\n"
				+ "Authorization: AWS4-HMAC-SHA256 Credential=test/20261126/us-east-1/s3/aws4_request, "
				+ "SignedHeaders=host;x-amz-date, Signature=0000\r\n\r\n";
	}

	private static void send(Socket socket, String text) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private static void assertNothingArrivesWithin(Socket socket, int millis) throws IOException {
		socket.setSoTimeout(millis);
		assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
		socket.setSoTimeout(10_000);
	}

	private static String statusLine(Socket socket) throws IOException {
		return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
	}

}

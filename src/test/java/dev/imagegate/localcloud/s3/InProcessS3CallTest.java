package dev.imagegate.localcloud.s3;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S3 called in process, as an API's integration calls it: an object's content is handed
 * back to be streamed from its file, never copied into memory first; small answers are
 * held.
 */
@LocalCloudTest
class InProcessS3CallTest {

	@Autowired
	S3Dispatcher dispatcher;

	@Autowired
	S3Client s3;

	private final MockHttpServletRequest client = new MockHttpServletRequest("GET", "/_aws/execute-api/x/test/img");

	@Test
	void anObjectIsStreamedFromItsFileWithItsHeaders() throws Exception {
		s3.createBucket((b) -> b.bucket("in-process"));
		byte[] image = new byte[300 * 1024];
		for (int i = 0; i < image.length; i++) {
			image[i] = (byte) (i * 13);
		}
		s3.putObject((p) -> p.bucket("in-process").key("images/a b.jpg").contentType("image/jpeg"),
				RequestBody.fromBytes(image));

		S3Answer answer = dispatcher.call(client, get("in-process", "images/a b.jpg"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.isStreamed()).as("the object is streamed, not held").isTrue();
		assertThat(answer.header("content-type")).isEqualTo("image/jpeg");
		assertThat(answer.contentLength()).isEqualTo(image.length);
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		answer.writeBody(written);
		assertThat(written.toByteArray()).isEqualTo(image);
	}

	@Test
	void aMissingKeyIsS3sErrorHeldWithItsCode() throws Exception {
		s3.createBucket((b) -> b.bucket("in-process-missing"));

		S3Answer answer = dispatcher.call(client, get("in-process-missing", "nope.jpg"));

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.isStreamed()).isFalse();
		assertThat(answer.errorCode()).isEqualTo("NoSuchKey");
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		answer.writeBody(written);
		assertThat(written.toString()).contains("<Code>NoSuchKey</Code>").contains("<RequestId>");
	}

	private static S3Call get(String bucket, String key) {
		return new S3Call("GET", bucket, key, Map.of(), Map.of(), null, 0);
	}

}

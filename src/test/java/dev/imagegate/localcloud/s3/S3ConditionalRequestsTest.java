package dev.imagegate.localcloud.s3;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.RawHttp;
import dev.imagegate.localcloud.RawHttp.Response;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditional and ranged requests as S3 answers them. Sources: LocalStack's
 * {@code test_s3_preconditions.snapshot.json} (recorded on AWS), the GetObject API
 * reference and S3's error codes.
 */
@LocalCloudTest
class S3ConditionalRequestsTest {

	private static final String BUCKET = "conf-conditions";

	@Autowired
	LocalCloud localCloud;

	@Autowired
	S3Client s3;

	/**
	 * GetObject API reference: 304 Not Modified, with no body but the object's ETag and
	 * Last-Modified.
	 */
	@Test
	void notModifiedCarriesTheValidatorsAndNoBody() throws Exception {
		String etag = given("cached.txt");

		for (String method : new String[] { "GET", "HEAD" }) {
			Response response = send(method + " /" + BUCKET + "/cached.txt", Map.of("If-None-Match", etag));
			assertThat(response.status()).as(method).isEqualTo(304);
			assertThat(response.headers()).as(method).containsEntry("etag", etag).containsKey("last-modified");
			assertThat(response.body()).as(method).isEmpty();
		}
	}

	/**
	 * test_s3_preconditions (conditional writes): a PUT with If-None-Match * over an
	 * existing key names that condition.
	 */
	@Test
	void aConditionalWriteNamesItsCondition() throws Exception {
		given("taken.txt");

		Response response = send("PUT /" + BUCKET + "/taken.txt", Map.of("If-None-Match", "*"));

		assertThat(response.status()).isEqualTo(412);
		assertThat(response.body()).contains("<Code>PreconditionFailed</Code>",
				"<Message>At least one of the pre-conditions you specified did not hold</Message>",
				"<Condition>If-None-Match</Condition>");
	}

	/**
	 * test_s3_preconditions snapshot, test_s3_copy_object_preconditions: the copy
	 * source's condition by its header name.
	 */
	@Test
	void aCopySourceConditionIsNamedByItsHeader() throws Exception {
		given("source.txt");

		Response response = send("PUT /" + BUCKET + "/target.txt",
				Map.of("x-amz-copy-source", "/" + BUCKET + "/source.txt", "x-amz-copy-source-if-match", "\"nope\""));

		assertThat(response.status()).isEqualTo(412);
		assertThat(response.body()).contains("<Condition>x-amz-copy-source-If-Match</Condition>");
	}

	/**
	 * S3 error codes, InvalidRange: 416 naming the range asked for and the object's size.
	 */
	@Test
	void anUnsatisfiableRangeNamesTheRangeAndTheSize() throws Exception {
		given("short.txt");

		Response response = send("GET /" + BUCKET + "/short.txt", Map.of("Range", "bytes=100-200"));

		assertThat(response.status()).isEqualTo(416);
		assertThat(response.body()).contains("<Code>InvalidRange</Code>",
				"<Message>The requested range is not satisfiable</Message>",
				"<RangeRequested>bytes=100-200</RangeRequested>", "<ActualObjectSize>5</ActualObjectSize>");
	}

	private String given(String key) {
		s3.createBucket((b) -> b.bucket(BUCKET));
		return s3.putObject((p) -> p.bucket(BUCKET).key(key), RequestBody.fromString("12345")).eTag();
	}

	private Response send(String methodAndPath, Map<String, String> headers) throws Exception {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Authorization", RawHttp.signedFor("s3"));
		all.put("Content-Length", "0");
		return RawHttp.send(localCloud.port(), methodAndPath + " HTTP/1.1", all, new byte[0]);
	}

}

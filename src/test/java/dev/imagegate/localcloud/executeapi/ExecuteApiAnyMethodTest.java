package dev.imagegate.localcloud.executeapi;

import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import static dev.imagegate.localcloud.executeapi.ExecuteApiFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An {@code ANY} method with an {@code ANY} integration sends the client's own verb to S3
 * (LocalStack's AWS-recorded test_apigateway_s3.py::test_apigateway_s3_any), and S3's
 * answer, an error included, reaches the client whole under the default 200 integration
 * response.
 */
class ExecuteApiAnyMethodTest extends ExecuteApiTest {

	S3ProxyApi api;

	String url;

	@BeforeEach
	void anyApi() {
		api = S3ProxyApi.create(fixture, null, null, List.of());
		url = fixture.url(api.id(), "test", "/test.json");
	}

	@Test
	void getPutGetDeleteGetAsS3Would() {
		var missing = fixture.get(url);
		assertThat(missing.statusCode()).as("get-object-empty: S3's 404 under the default 200").isEqualTo(200);
		assertNoSuchKey(text(missing));

		var put = fixture.send("PUT", url, HttpRequest.BodyPublishers.ofString("{\"put_id\": 1}"), "Content-Type",
				"application/json");
		assertThat(put.statusCode()).isEqualTo(200);
		assertThat(put.body()).as("PutObject answers no body").isEmpty();
		assertThat(text(fixture.get(url))).as("get-object-1").isEqualTo("{\"put_id\": 1}");

		fixture.send("PUT", url, HttpRequest.BodyPublishers.ofString("{\"put_id\": 2}"), "Content-Type",
				"application/json");
		assertThat(text(fixture.get(url))).as("get-object-2").isEqualTo("{\"put_id\": 2}");
		var stored = s3.getObject((g) -> g.bucket(api.bucket()).key("test.json")).response();
		assertThat(stored.contentType()).as("the mapped Content-Type reaches S3").isEqualTo("application/json");

		var head = fixture.send("HEAD", url);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("ETag")).as("HEAD heads the object").isPresent();

		var deleted = fixture.send("DELETE", url);
		assertThat(deleted.statusCode()).as("DeleteObject's 204 under the default 200").isEqualTo(200);
		assertNoSuchKey(text(fixture.get(url)));
		assertThatThrownBy(() -> s3.getObject((g) -> g.bucket(api.bucket()).key("test.json"))).as("get-object-s3")
			.isInstanceOf(NoSuchKeyException.class);
	}

	@Test
	void s3ErrorBodiesArePassedThroughWhole() {
		String viaApi = text(fixture.get(url));
		var direct = org.junit.jupiter.api.Assertions.assertThrows(NoSuchKeyException.class,
				() -> s3.getObject((g) -> g.bucket(api.bucket()).key("test.json")));
		String fromS3 = direct.awsErrorDetails().rawResponse().asUtf8String();

		assertThat(withoutIds(viaApi)).as("the same document S3 itself answers, only its ids differ")
			.isEqualTo(withoutIds(fromS3));
		assertThat(viaApi).containsPattern("<RequestId>[^<]+</RequestId>")
			.containsPattern("<HostId>[^<]+</HostId>")
			.as("S3 names the key (Amazon S3 API reference, Error responses: NoSuchKey)")
			.contains("<Key>test.json</Key>");
	}

	private static String withoutIds(String xml) {
		return xml.replaceAll("<RequestId>[^<]*</RequestId>", "").replaceAll("<HostId>[^<]*</HostId>", "");
	}

	/**
	 * get-object-empty and get-object-deleted: Code, Message, RequestId, HostId. (AWS
	 * adds {@code <Key>}; whether it is there is S3's part, checked above as passed
	 * through whole.)
	 */
	private static void assertNoSuchKey(String xml) {
		assertThat(xml).contains("<Code>NoSuchKey</Code>")
			.contains("<Message>The specified key does not exist.</Message>")
			.contains("<RequestId>")
			.contains("<HostId>");
	}

}

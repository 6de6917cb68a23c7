package dev.imagegate.localcloud.executeapi;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ContentHandlingStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request table of "Content type conversions in API Gateway", as AWS answered
 * LocalStack's test_apigateway_s3.py::TestApiGatewayS3BinarySupport
 * (test_apigw_s3_binary_support_request[None], [CONVERT_TO_TEXT] and
 * _request_convert_to_binary): what S3 stores for a 67-byte gzip body, its base64 text
 * and a UTF-8 text, PUT through an {@code ANY} integration.
 */
class ExecuteApiRequestPayloadTest extends ExecuteApiTest {

	/**
	 * gzip.compress(b"compressed data, should be invalid UTF-8 string",
	 * mtime=1676569620).
	 */
	static final byte[] RAW = Base64.getDecoder()
		.decode("H4sIABRs7mMC/0vOzy0oSi0uTk1RSEksSdRRKM7IL81JUUhKVcjMK0vMyUxRCA1x07VQKC4pysxLBwC4ORBXLwAAAA==");

	/**
	 * RAW passed as text: each byte that is not UTF-8 became EF BF BD, 99 bytes
	 * (ContentLength 99).
	 */
	static final byte[] RAW_AS_TEXT = Base64.getDecoder()
		.decode("H++/vQgAFGzvv71jAu+/vUvvv73vv70tKEotLk5NUUhJLEnvv71RKO+/ve+/vS/vv71JUUhKVe+/ve+/vStL77+977+9"
				+ "TFEIDXHTtVAoLinvv73vv71LBwDvv705EFcvAAAA");

	static final byte[] ENCODED = Base64.getEncoder().encode(RAW);

	static final byte[] TEXT = "this is a UTF8 text typed object".getBytes(StandardCharsets.UTF_8);

	@Test
	void withoutContentHandlingATextPayloadHasItsInvalidUtf8Replaced() {
		S3ProxyApi api = S3ProxyApi.create(fixture, null, null, List.of());
		// get-obj-no-binary-media-*: image/png is text when no binaryMediaTypes name it.
		assertStored(api, "binary-raw", RAW, "image/png", RAW_AS_TEXT);
		assertStored(api, "binary-encoded", ENCODED, "image/png", ENCODED);
		assertStored(api, "text", TEXT, "image/png", TEXT);
		assertThat(RAW).hasSize(67);
		assertThat(RAW_AS_TEXT).hasSize(99);
	}

	@Test
	void withoutContentHandlingABinaryPayloadPassesUnchanged() {
		S3ProxyApi api = S3ProxyApi.create(fixture, null, null, List.of("image/png"));
		// get-obj-binary-type-binary-raw, then get-obj-text-type-binary-raw.
		assertStored(api, "binary-raw", RAW, "image/png", RAW);
		assertStored(api, "binary-raw", RAW, "text/plain", RAW_AS_TEXT);
	}

	@Test
	void convertToTextBase64EncodesABinaryPayloadOnly() {
		S3ProxyApi api = S3ProxyApi.create(fixture, ContentHandlingStrategy.CONVERT_TO_TEXT, null,
				List.of("image/png"));
		// [CONVERT_TO_TEXT] get-obj-binary-type-*, then get-obj-text-type-*.
		assertStored(api, "binary-raw", RAW, "image/png", ENCODED);
		assertStored(api, "binary-encoded", ENCODED, "image/png", Base64.getEncoder().encode(ENCODED));
		assertStored(api, "text", TEXT, "image/png", Base64.getEncoder().encode(TEXT));
		assertStored(api, "binary-raw", RAW, "text/plain", RAW_AS_TEXT);
		assertStored(api, "text", TEXT, "text/plain", TEXT);
	}

	@Test
	void convertToBinaryBase64DecodesATextPayloadAndRefusesOneThatIsNotBase64() {
		S3ProxyApi api = S3ProxyApi.create(fixture, ContentHandlingStrategy.CONVERT_TO_BINARY, null, List.of());
		// _request_convert_to_binary: get-obj-no-binary-media-binary-encoded, then two
		// 500s that store nothing.
		assertStored(api, "binary-encoded", ENCODED, "image/png", RAW);
		assertRefused(api, "binary-raw", RAW, "image/png");
		assertRefused(api, "text", TEXT, "text/plain");
	}

	@Test
	void convertToBinaryPassesABinaryPayloadUnchanged() {
		S3ProxyApi api = S3ProxyApi.create(fixture, ContentHandlingStrategy.CONVERT_TO_BINARY, null,
				List.of("image/png"));
		// get-obj-binary-media-*: nothing is decoded when the payload is binary.
		assertStored(api, "binary-raw", RAW, "image/png", RAW);
		assertStored(api, "binary-encoded", ENCODED, "image/png", ENCODED);
		assertStored(api, "text", TEXT, "image/png", TEXT);
		assertStored(api, "binary-encoded", ENCODED, "text/plain", RAW);
	}

	@Test
	void aTemplateIsNeverGivenABinaryPayload() {
		S3ProxyApi api = S3ProxyApi.create(fixture, ContentHandlingStrategy.CONVERT_TO_BINARY, null, List.of(),
				Map.of("application/json", "{\"data\": \"$input.body\"}"));
		// _convert_to_binary_with_request_template: no template for image/png, so the
		// decoded bytes
		// are stored; application/json has one, and the decoded payload is binary: 500.
		assertStored(api, "binary-encoded", ENCODED, "image/png", RAW);
		var refused = put(api, "binary-encoded", ENCODED, "application/json");
		assertThat(refused.statusCode()).isEqualTo(500);
		assertThat(ExecuteApiFixture.text(refused)).isEqualTo("{\"message\": \"Internal server error\"}");
	}

	private void assertStored(S3ProxyApi api, String key, byte[] sent, String contentType, byte[] stored) {
		var response = put(api, key, sent, contentType);
		assertThat(response.statusCode()).as("PUT %s as %s", key, contentType).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		byte[] object = s3.getObjectAsBytes((g) -> g.bucket(api.bucket()).key(key)).asByteArray();
		assertThat(object).as("%s stored from a %s body", key, contentType).isEqualTo(stored);
	}

	private void assertRefused(S3ProxyApi api, String key, byte[] sent, String contentType) {
		var response = put(api, key, sent, contentType);
		assertThat(response.statusCode()).as("PUT %s as %s", key, contentType).isEqualTo(500);
		assertThat(ExecuteApiFixture.text(response)).isEqualTo("{\"message\": \"Internal server error\"}");
		assertThat(s3.listObjectsV2((l) -> l.bucket(api.bucket()).prefix(key)).keyCount()).isZero();
	}

	private java.net.http.HttpResponse<byte[]> put(S3ProxyApi api, String key, byte[] body, String contentType) {
		return fixture.send("PUT", fixture.url(api.id(), "test", "/" + key),
				HttpRequest.BodyPublishers.ofByteArray(body), "Content-Type", contentType);
	}

}

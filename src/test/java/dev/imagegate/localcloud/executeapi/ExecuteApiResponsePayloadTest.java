package dev.imagegate.localcloud.executeapi;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ContentHandlingStrategy;

import static dev.imagegate.localcloud.executeapi.ExecuteApiRequestPayloadTest.ENCODED;
import static dev.imagegate.localcloud.executeapi.ExecuteApiRequestPayloadTest.RAW;
import static dev.imagegate.localcloud.executeapi.ExecuteApiRequestPayloadTest.RAW_AS_TEXT;
import static dev.imagegate.localcloud.executeapi.ExecuteApiRequestPayloadTest.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response table, as AWS answered LocalStack's
 * test_apigateway_s3.py::TestApiGatewayS3BinarySupport
 * (test_apigw_s3_binary_support_response_no_content_handling and
 * _response_convert_to_text): the payload's type is S3's Content-Type (set per request
 * with {@code response-content-type}), the client's the first type of its Accept.
 */
class ExecuteApiResponsePayloadTest extends ExecuteApiTest {

	static final String OCTET = "binary/octet-stream";

	@Test
	void withoutBinaryMediaTypesEverythingIsTextAndInvalidUtf8IsReplaced() {
		S3ProxyApi api = apiWithObjects(null, List.of());
		// text-no-media, raw-no-media, encoded-no-media.
		assertServed(api, "text", "text/plain", OCTET, TEXT);
		assertServed(api, "binary-raw", "image/png", OCTET, RAW_AS_TEXT);
		assertThat(get(api, "binary-raw", "image/png", OCTET).headers().firstValue("Content-Length")).hasValue("99");
		assertServed(api, "binary-encoded", "image/png", OCTET, ENCODED);
	}

	@Test
	void withoutContentHandlingPayloadAndAcceptDecide() {
		S3ProxyApi api = apiWithObjects(null, List.of("image/png"));
		assertServed(api, "binary-encoded", "image/png", OCTET, RAW); // encoded-payload-text-accept-binary
		assertFailed(api, "binary-raw", "image/png", OCTET); // text payload, binary
																// accept, not base64
		assertFailed(api, "text", "image/png", OCTET);
		assertServed(api, "binary-raw", "image/png", "image/png", RAW); // raw-payload-binary-accept-binary
		assertServed(api, "binary-raw", "text/plain", OCTET, RAW_AS_TEXT); // raw-payload-text-accept-text
		assertServed(api, "binary-raw", "text/plain", "image/png", ENCODED); // raw-payload-binary-accept-text
		assertServed(api, "text", "text/plain", "image/png", Base64.getEncoder().encode(TEXT));
	}

	@Test
	void convertToTextEncodesBinaryPayloadsAndPassesTextAsText() {
		S3ProxyApi api = apiWithObjects(ContentHandlingStrategy.CONVERT_TO_TEXT, List.of("image/png"));
		assertServed(api, "binary-raw", "image/png", OCTET, RAW_AS_TEXT); // raw-payload-text-accept-binary
		assertServed(api, "binary-encoded", "image/png", OCTET, ENCODED); // encoded-payload-text-accept-binary
		assertServed(api, "binary-raw", "image/png", "image/png", ENCODED); // raw-payload-binary-accept-binary
		assertServed(api, "text", "text/plain", "image/png", Base64.getEncoder().encode(TEXT));
	}

	private S3ProxyApi apiWithObjects(ContentHandlingStrategy responseHandling, List<String> binaryMediaTypes) {
		S3ProxyApi api = S3ProxyApi.create(fixture, null, responseHandling, binaryMediaTypes);
		fixture.put(api.bucket(), "binary-raw", RAW, OCTET);
		fixture.put(api.bucket(), "binary-encoded", ENCODED, OCTET);
		fixture.put(api.bucket(), "text", TEXT, OCTET);
		return api;
	}

	private void assertServed(S3ProxyApi api, String key, String accept, String payloadType, byte[] expected) {
		var response = get(api, key, accept, payloadType);
		assertThat(response.statusCode()).as("%s, Accept %s, payload %s", key, accept, payloadType).isEqualTo(200);
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(response.body()).as("%s, Accept %s, payload %s", key, accept, payloadType).isEqualTo(expected);
	}

	private void assertFailed(S3ProxyApi api, String key, String accept, String payloadType) {
		var response = get(api, key, accept, payloadType);
		assertThat(response.statusCode()).as("%s, Accept %s, payload %s", key, accept, payloadType).isEqualTo(500);
	}

	private java.net.http.HttpResponse<byte[]> get(S3ProxyApi api, String key, String accept, String payloadType) {
		return fixture.get(fixture.url(api.id(), "test", "/" + key), "Accept", accept, "response-content-type",
				payloadType);
	}

}

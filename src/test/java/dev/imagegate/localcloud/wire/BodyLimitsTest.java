package dev.imagegate.localcloud.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.RawHttp;
import dev.imagegate.localcloud.RawHttp.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service refuses a body over its limit in its own error shape, before reading it:
 * the declared-length cases send no body at all, so an answer proves nothing was waited
 * for or held. Limits: the query APIs 1 MiB (the largest IAM request, a 131,072-character
 * policy encoded, fits), API Gateway 6 MB (its documented largest document, an API
 * definition). S3's and execute-api's limits are tested with those services.
 */
@LocalCloudTest
class BodyLimitsTest {

	private static final long HUNDRED_MEGABYTES = 100L * 1024 * 1024;

	@Autowired
	LocalCloud localCloud;

	@Test
	void aQueryApiRefusesADeclaredHundredMegabyteFormAtOnce() throws Exception {
		for (String service : new String[] { "iam", "sts" }) {
			Response response = RawHttp.send(localCloud.port(), "POST / HTTP/1.1",
					Map.of("Authorization", RawHttp.signedFor(service), "Content-Type",
							"application/x-www-form-urlencoded; charset=utf-8", "Content-Length",
							Long.toString(HUNDRED_MEGABYTES)),
					new byte[0]);

			assertThat(response.status()).as(service).isEqualTo(413);
			assertThat(response.body()).contains("<ErrorResponse").contains("<Code>RequestEntityTooLarge</Code>");
		}
	}

	@Test
	void aQueryApiCutsOffAChunkedFormAtItsLimit() throws Exception {
		String chunk = "Action=ListRoles&Version=2010-05-08&Marker=" + "a".repeat(600_000);
		byte[] chunked = (Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"
				+ Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);

		Response response = RawHttp.send(localCloud.port(), "POST / HTTP/1.1",
				Map.of("Authorization", RawHttp.signedFor("iam"), "Content-Type", "application/x-www-form-urlencoded",
						"Transfer-Encoding", "chunked"),
				chunked);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.body()).contains("<Code>RequestEntityTooLarge</Code>");
	}

	@Test
	void aFormWithinTheLimitIsStillRead() throws Exception {
		byte[] form = "Action=ListRoles&Version=2010-05-08".getBytes(StandardCharsets.US_ASCII);
		Response response = RawHttp
			.send(localCloud.port(), "POST / HTTP/1.1",
					Map.of("Authorization", RawHttp.signedFor("iam"), "Content-Type",
							"application/x-www-form-urlencoded", "Content-Length", Integer.toString(form.length)),
					form);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("<ListRolesResponse");
	}

	@Test
	void apiGatewayRefusesABodyOverSixMegabytesAtOnce() throws Exception {
		Response response = RawHttp.send(
				localCloud.port(), "POST /restapis HTTP/1.1", Map.of("Authorization", RawHttp.signedFor("apigateway"),
						"Content-Type", "application/json", "Content-Length", Long.toString(HUNDRED_MEGABYTES)),
				new byte[0]);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.header("x-amzn-errortype")).isEqualTo("RequestEntityTooLargeException");
		assertThat(response.body()).startsWith("{\"message\":");
	}

}

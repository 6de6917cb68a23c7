package dev.imagegate.images;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over max-request-size, over HTTP. From the plain form the CSRF token is in a
 * body Tomcat will not parse, so the CSRF filter cannot read it. Small limits (so its own
 * context) keep the bodies small.
 */
@LocalCloudTest
@TestPropertySource(
		properties = { "spring.servlet.multipart.max-request-size=1MB", "server.tomcat.max-http-form-post-size=64KB" })
class OversizedUploadTest {

	private static final String TOO_LARGE = "The upload is too large: send fewer files at once. Each image may be at "
			+ "most 10 MB (API Gateway&#39;s payload limit) and one upload at most 1 MB.";

	private static final byte[] OVER_THE_LIMIT = image(1536 * 1024);

	@LocalServerPort
	int port;

	@Autowired
	S3Client s3;

	@Test
	void theFormWithTheTokenInTheBodyGetsA413PageSayingWhyAndNothingIsStored() throws Exception {
		PortalClient portal = loggedIn("big-form");
		Multipart form = new Multipart().field("_csrf", token(portal, "big-form"))
			.file("files", "big.png", "image/png", OVER_THE_LIMIT);

		HttpResponse<String> refused = post(portal, "big-form", form, "Accept", "text/html");

		assertTooLarge(refused);
		assertThat(s3.listObjectsV2((l) -> l.bucket("big-form")).contents()).isEmpty();
	}

	/**
	 * Tomcat refuses the body before the token could be compared, so without one it is
	 * the same 413.
	 */
	@Test
	void withoutAnyTokenItIsTheSame413AndNothingIsStored() throws Exception {
		PortalClient portal = loggedIn("big-no-token");
		Multipart form = new Multipart().file("files", "big.png", "image/png", OVER_THE_LIMIT);

		assertTooLarge(post(portal, "big-no-token", form, "Accept", "text/html"));
		assertThat(s3.listObjectsV2((l) -> l.bucket("big-no-token")).contents()).isEmpty();
	}

	@Test
	void withTheTokenInTheHeaderAsUploadJsSendsItItIsA413AndNothingIsStored() throws Exception {
		PortalClient portal = loggedIn("big-script");
		Multipart form = new Multipart().file("files", "big.png", "image/png", OVER_THE_LIMIT);

		HttpResponse<String> refused = post(portal, "big-script", form, "Accept", "application/json", "X-CSRF-TOKEN",
				token(portal, "big-script"));

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(s3.listObjectsV2((l) -> l.bucket("big-script")).contents()).isEmpty();
	}

	@Test
	void aSmallUploadWithoutTheTokenIsStillA403AndNothingIsStored() throws Exception {
		PortalClient portal = loggedIn("small-no-token");
		Multipart form = new Multipart().file("files", "cat.png", "image/png", TestImages.png(2, 2));

		HttpResponse<String> refused = post(portal, "small-no-token", form, "Accept", "text/html");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Not allowed").doesNotContain("too large");
		assertThat(s3.listObjectsV2((l) -> l.bucket("small-no-token")).contents()).isEmpty();
	}

	@Test
	void aSmallUploadWithTheTokenIsStored() throws Exception {
		PortalClient portal = loggedIn("small-form");
		byte[] png = TestImages.png(3, 3);
		Multipart form = new Multipart().field("_csrf", token(portal, "small-form"))
			.file("files", "cat.png", "image/png", png);

		assertThat(post(portal, "small-form", form).statusCode()).isEqualTo(302);
		assertThat(s3.getObjectAsBytes((g) -> g.bucket("small-form").key("images/cat.png")).asByteArray())
			.isEqualTo(png);
	}

	/**
	 * Only a multipart body gets the upload's message: a too large plain form keeps the
	 * error page.
	 */
	@Test
	void aPlainFormOverItsLimitKeepsTheGenericErrorPage() throws Exception {
		PortalClient portal = loggedIn("big-plain");

		HttpResponse<String> refused = portal.post("/buckets", "application/x-www-form-urlencoded",
				("name=" + "a".repeat(100 * 1024)).getBytes(StandardCharsets.US_ASCII), "Accept", "text/html");

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("413 Content Too Large").doesNotContain("The upload is too large");
	}

	private static void assertTooLarge(HttpResponse<String> refused) {
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(refused.body()).contains(TOO_LARGE).contains("Nothing was stored").doesNotContain("Exception");
	}

	private static HttpResponse<String> post(PortalClient portal, String bucket, Multipart form, String... headers)
			throws Exception {
		return portal.post("/buckets/" + bucket + "/images?prefix=images/", form.contentType(), form.build(), headers);
	}

	private static String token(PortalClient portal, String bucket) throws Exception {
		return portal.csrfToken("/buckets/" + bucket + "/images?prefix=images/");
	}

	private static byte[] image(int size) {
		byte[] content = new byte[size];
		byte[] png = TestImages.png(2, 2);
		System.arraycopy(png, 0, content, 0, png.length);
		return content;
	}

	private PortalClient loggedIn(String bucket) throws Exception {
		s3.createBucket((b) -> b.bucket(bucket));
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();
		return portal;
	}

}

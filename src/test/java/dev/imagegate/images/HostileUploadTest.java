package dev.imagegate.images;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.imagegate.CloudSnapshot;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Uploads a careless user or an attacker would send, through the real multipart stack, as
 * upload.js sends them (JSON) and as the plain form does (a page): each is refused with
 * the rule it broke and stores nothing (the cloud is listed before and after).
 */
@LocalCloudTest
class HostileUploadTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final String BUCKET = "hostile-uploads";

	@LocalServerPort
	int port;

	@Autowired
	CloudSnapshot.Taker cloud;

	private static CloudSnapshot beforeTheClass;

	/**
	 * The bucket, then everything listed: each case lists the names and this bucket's
	 * keys, the class everything (listing everything per case took 15 s in a full cloud).
	 */
	@BeforeAll
	static void bucketAndEverything(@Autowired S3Client s3, @Autowired CloudSnapshot.Taker cloud) {
		if (s3.listBuckets().buckets().stream().noneMatch((b) -> b.name().equals(BUCKET))) {
			s3.createBucket((c) -> c.bucket(BUCKET));
		}
		beforeTheClass = cloud.take();
	}

	@AfterAll
	static void nothingChangedAtAll(@Autowired CloudSnapshot.Taker cloud) {
		assertThat(cloud.take()).isEqualTo(beforeTheClass);
	}

	static Stream<Arguments> uploads() {
		byte[] png = TestImages.png(8, 6);
		byte[] jpeg = TestImages.jpeg(8, 6);
		return Stream.of(upload("a NUL in the name", "cat\u0000.png", png, 400, "a file name contains a NUL character"),
				upload("a control character in the name", "cat\u0001.png", png, 400, "contains a control character"),
				upload("a tab in the name", "cat\t.png", png, 400, "contains a control character"),
				upload("a name of spaces only", "   ", png, 400, "is only spaces"),
				upload("a leading space", " cat.png", png, 400, "starts or ends with a space"),
				upload("a trailing space", "cat.png ", png, 400, "starts or ends with a space"),
				upload("an empty name", "", png, 400, "has no file name"),
				upload("a name of 201 characters", "a".repeat(197) + ".png", png, 400, "is longer than 200 characters"),
				upload("a name of 450 characters", "b".repeat(446) + ".png", png, 400, "is longer than 200 characters"),
				upload("a hidden file", ".cat.png", png, 400, "starts with a dot"),
				upload("a path that ends in a dot name", "../../.cat.png", png, 400, "starts with a dot"),
				upload("markup in the name", "<img src=x onerror=alert(1)>.png", png, 400, "may contain only"),
				upload("non-ASCII in the name", "caf\u00e9.png", png, 400, "may contain only"),
				upload("an empty file", "empty.png", new byte[0], 400, "empty.png is empty"),
				upload("text named .png", "notes.png", "just words".getBytes(StandardCharsets.UTF_8), 400,
						"is not an image (text/plain)"),
				upload("an SVG", "logo.png",
						"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
							.getBytes(StandardCharsets.UTF_8),
						400, "is an SVG drawing, which is refused: an SVG can carry script"),
				upload("HTML named .gif", "page.gif",
						"<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), 400,
						"is not an image (text/html)"),
				upload("a truncated PNG", "cut.png", Arrays.copyOf(png, png.length - 20), 400,
						"is not a complete PNG image"),
				upload("a truncated JPEG", "cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), 400,
						"is not a complete JPEG image"),
				upload("a GIF header followed by HTML", "poly.gif",
						"GIF89a<html><body><script>alert(document.cookie)</script></body></html>"
							.getBytes(StandardCharsets.US_ASCII),
						400, "contains markup"),
				upload("a whole PNG with script appended", "tail.png", appended(png, "<script>alert(1)</script>"), 400,
						"contains markup (<script)"),
				upload("a PNG header alone", "header.png", Arrays.copyOf(png, 16), 400, "is not a complete PNG image"),
				upload("a ZIP named .png", "archive.png", new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 }, 400,
						"is not an image"),
				upload("an executable named .jpg", "run.jpg", new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 }, 400,
						"is not an image"));
	}

	@ParameterizedTest
	@MethodSource("uploads")
	void aScriptsUploadIsRefusedWithTheRuleAndStoresNothing(String name, byte[] content, int status, String reason)
			throws Exception {
		PortalClient portal = loggedIn();
		CloudSnapshot before = cloud.names(BUCKET);

		HttpResponse<String> answer = post(portal, name, content, true);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("json"));
		assertThat(answer.body()).contains(reason).doesNotContainPattern("java\\.|Exception");
		assertThat(cloud.names(BUCKET)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("uploads")
	void theFormsUploadIsRefusedOnAPageAndStoresNothing(String name, byte[] content, int status, String reason)
			throws Exception {
		PortalClient portal = loggedIn();
		CloudSnapshot before = cloud.names(BUCKET);

		HttpResponse<String> answer = post(portal, name, content, false);

		assertThat(answer.statusCode()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains(PortalClient.escaped(reason)).doesNotContain("<script>alert");
		assertThat(cloud.names(BUCKET)).isEqualTo(before);
	}

	private HttpResponse<String> post(PortalClient portal, String name, byte[] content, boolean json) throws Exception {
		Matcher token = CSRF.matcher(portal.get("/buckets/" + BUCKET + "/images?prefix=images/").body());
		assertThat(token.find()).isTrue();
		Multipart form = new Multipart().file("files", name, "image/png", content);
		return portal.post("/buckets/" + BUCKET + "/images?prefix=images/", form.contentType(), form.build(), "Accept",
				json ? "application/json" : "text/html", "X-CSRF-TOKEN", token.group(1));
	}

	private PortalClient loggedIn() throws Exception {
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();
		return portal;
	}

	private static byte[] appended(byte[] image, String text) {
		byte[] tail = text.getBytes(StandardCharsets.US_ASCII);
		byte[] all = Arrays.copyOf(image, image.length + tail.length);
		System.arraycopy(tail, 0, all, image.length, tail.length);
		return all;
	}

	private static Arguments upload(String description, String name, byte[] content, int status, String reason) {
		return argumentSet(description, name, content, status, reason);
	}

}

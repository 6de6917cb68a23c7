package dev.imagegate.images;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The images page over HTTP, logged in: gallery, uploads (form and JSON), raw images. */
@LocalCloudTest
class ImagesPageTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	S3Client s3;

	@Test
	void thePlainFormStoresAPngAndAJpegWithTheTypeOfTheirContent() throws Exception {
		s3.createBucket((b) -> b.bucket("img-form"));
		PortalClient portal = loggedIn();
		byte[] png = TestImages.png(4, 3);
		byte[] jpeg = TestImages.jpeg(5, 5);
		Multipart form = new Multipart().field("_csrf", csrf(portal, "img-form"))
			.file("files", "cat.png", "application/octet-stream", png)
			.file("files", "photo", "application/octet-stream", jpeg);

		HttpResponse<String> posted = portal.post("/buckets/img-form/images?prefix=images/", form.contentType(),
				form.build());

		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/buckets/img-form/images?prefix=images/"));
		HeadObjectResponse storedPng = s3.headObject((h) -> h.bucket("img-form").key("images/cat.png"));
		assertThat(storedPng.contentType()).isEqualTo("image/png");
		assertThat(storedPng.contentLength()).isEqualTo(png.length);
		HeadObjectResponse storedJpeg = s3.headObject((h) -> h.bucket("img-form").key("images/photo"));
		assertThat(storedJpeg.contentType()).isEqualTo("image/jpeg");
		assertThat(storedJpeg.contentLength()).isEqualTo(jpeg.length);
		assertThat(s3.getObjectAsBytes((g) -> g.bucket("img-form").key("images/cat.png")).asByteArray()).isEqualTo(png);

		String gallery = portal.get("/buckets/img-form/images?prefix=images/").body();
		assertThat(gallery).contains("Stored <span>cat.png</span>")
			.contains("<code>images/photo</code>")
			.contains("src=\"/buckets/img-form/images/raw?key=images/cat.png\"")
			.contains("<script src=\"/js/upload.js\"");
	}

	@Test
	void aTextFileNamedLikeAnImageIsRefusedAndNothingIsStored() throws Exception {
		s3.createBucket((b) -> b.bucket("img-text"));
		PortalClient portal = loggedIn();

		String answer = uploadJson(portal, "img-text", "images/", "cat.png",
				"meow, not a picture".getBytes(StandardCharsets.UTF_8));

		assertThat(answer).isEqualTo(
				"{\"results\":[{\"file\":\"cat.png\",\"key\":null,\"status\":\"refused\",\"reason\":\"cat.png is not "
						+ "an image (text/plain)\"}]}");
		assertThatThrownBy(() -> s3.headObject((h) -> h.bucket("img-text").key("images/cat.png")))
			.isInstanceOf(NoSuchKeyException.class);
		assertThat(s3.listObjectsV2((l) -> l.bucket("img-text")).contents()).isEmpty();
	}

	@Test
	void anSvgIsRefusedBecauseItCanCarryScript() throws Exception {
		s3.createBucket((b) -> b.bucket("img-svg"));
		String svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";

		String answer = uploadJson(loggedIn(), "img-svg", "images/", "logo.svg", svg.getBytes(StandardCharsets.UTF_8));

		assertThat(answer).contains("\"status\":\"refused\"")
			.contains("logo.svg is an SVG drawing, which is refused: "
					+ "an SVG can carry script that would run when it is opened");
		assertThat(s3.listObjectsV2((l) -> l.bucket("img-svg")).contents()).isEmpty();
	}

	@Test
	void hostileFileNamesAreCutToTheirLastSegmentOrRefused() throws Exception {
		s3.createBucket((b) -> b.bucket("img-names"));
		PortalClient portal = loggedIn();
		byte[] png = TestImages.png(2, 2);

		assertThat(uploadJson(portal, "img-names", "images/", "../x.png", png))
			.contains("\"key\":\"images/x.png\",\"status\":\"stored\"");
		assertThat(uploadJson(portal, "img-names", "images/", "a/b.png", png))
			.contains("\"key\":\"images/b.png\",\"status\":\"stored\"");
		assertThat(uploadJson(portal, "img-names", "images/", ".hidden.png", png)).contains("\"status\":\"refused\"")
			.contains(".hidden.png starts with a dot");
		assertThat(uploadJson(portal, "img-names", "images/", "<script>.png", png)).contains("\"status\":\"refused\"")
			.contains("may contain only letters, digits");

		assertThat(s3.listObjectsV2((l) -> l.bucket("img-names")).contents()).extracting((o) -> o.key())
			.containsExactly("images/b.png", "images/x.png");
	}

	@Test
	void aSecondImageOfTheSameNameIsRefusedAndTheFirstKeptUnlessReplaceIsAsked() throws Exception {
		s3.createBucket((b) -> b.bucket("img-twice"));
		PortalClient portal = loggedIn();
		byte[] first = TestImages.png(2, 2);
		byte[] second = TestImages.png(3, 3);
		uploadJson(portal, "img-twice", "images/", "cat.png", first);

		assertThat(uploadJson(portal, "img-twice", "images/", "cat.png", second)).contains("\"status\":\"refused\"")
			.contains("cat.png is already stored as images/cat.png; it was kept. "
					+ "Tick \\\"Replace images of the same name\\\" to replace it");
		assertThat(s3.getObjectAsBytes((g) -> g.bucket("img-twice").key("images/cat.png")).asByteArray())
			.isEqualTo(first);

		String token = csrf(portal, "img-twice");
		Multipart form = new Multipart().field("replace", "true").file("files", "cat.png", "image/png", second);
		HttpResponse<String> replaced = portal.post("/buckets/img-twice/images?prefix=images/", form.contentType(),
				form.build(), "Accept", "application/json", "X-CSRF-TOKEN", token);
		assertThat(replaced.body()).contains("\"status\":\"stored\"");
		assertThat(s3.getObjectAsBytes((g) -> g.bucket("img-twice").key("images/cat.png")).asByteArray())
			.isEqualTo(second);
	}

	@Test
	void aDeletedImageIsGoneFromTheBucketAndTheGallery() throws Exception {
		s3.createBucket((b) -> b.bucket("img-delete"));
		PortalClient portal = loggedIn();
		uploadJson(portal, "img-delete", "images/", "cat.png", TestImages.png(2, 2));
		uploadJson(portal, "img-delete", "images/", "dog.png", TestImages.png(2, 2));
		String token = portal.csrfToken("/buckets/img-delete/images/delete?key=images/cat.png");

		HttpResponse<String> deleted = portal.post("/buckets/img-delete/images/delete?key=images/cat.png",
				"_csrf=" + token);

		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(s3.listObjectsV2((l) -> l.bucket("img-delete")).contents()).extracting((o) -> o.key())
			.containsExactly("images/dog.png");
		String gallery = portal.get("/buckets/img-delete/images?prefix=images/").body();
		assertThat(gallery).contains("Deleted images/cat.png.")
			.contains("data-key=\"images/dog.png\"")
			.doesNotContain("data-key=\"images/cat.png\"");
	}

	@Test
	void aFileJustOverTheLimitIsRefusedWithTheReason() throws Exception {
		s3.createBucket((b) -> b.bucket("img-big"));
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		byte[] png = TestImages.png(2, 2);
		System.arraycopy(png, 0, big, 0, png.length);

		String answer = uploadJson(loggedIn(), "img-big", "images/", "big.png", big);

		assertThat(answer).contains("\"status\":\"refused\"")
			.contains("big.png is 10.0 MB; the limit is 10 MB, API Gateway's payload limit");
		assertThat(s3.listObjectsV2((l) -> l.bucket("img-big")).contents()).isEmpty();
	}

	@Test
	void withoutTheCsrfTokenNothingIsStored() throws Exception {
		s3.createBucket((b) -> b.bucket("img-csrf"));
		PortalClient portal = loggedIn();
		Multipart form = new Multipart().file("files", "cat.png", "image/png", TestImages.png(2, 2));

		HttpResponse<String> refused = portal.post("/buckets/img-csrf/images?prefix=images/", form.contentType(),
				form.build());

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(s3.listObjectsV2((l) -> l.bucket("img-csrf")).contents()).isEmpty();
	}

	@Test
	void anInvalidBucketOrPrefixIsA400AndNothingIsStored() throws Exception {
		s3.createBucket((b) -> b.bucket("img-bad"));
		PortalClient portal = loggedIn();
		String token = csrf(portal, "img-bad");

		HttpResponse<String> badBucket = portal.get("/buckets/Bad_Bucket/images?prefix=images/");
		assertThat(badBucket.statusCode()).isEqualTo(400);
		assertThat(badBucket.body()).contains("The bucket name may contain only lowercase letters");

		Multipart form = new Multipart().field("_csrf", token)
			.file("files", "cat.png", "image/png", TestImages.png(2, 2));
		HttpResponse<String> badPrefix = portal.post("/buckets/img-bad/images?prefix=../", form.contentType(),
				form.build());
		assertThat(badPrefix.statusCode()).isEqualTo(400);
		assertThat(badPrefix.body()).contains("The prefix must not contain . or .. segments")
			.contains("Nothing was stored");
		assertThat(s3.listObjectsV2((l) -> l.bucket("img-bad")).contents()).isEmpty();
	}

	@Test
	void theRawEndpointStreamsTheObjectAnd404sAMissingKey() throws Exception {
		s3.createBucket((b) -> b.bucket("img-raw"));
		byte[] png = TestImages.png(3, 3);
		s3.putObject((p) -> p.bucket("img-raw").key("images/red dot+1.png").contentType("image/png"),
				RequestBody.fromBytes(png));
		PortalClient portal = loggedIn();

		HttpResponse<byte[]> raw = portal.getBytes("/buckets/img-raw/images/raw?key=images/red%20dot%2B1.png");

		assertThat(raw.statusCode()).isEqualTo(200);
		assertThat(raw.body()).isEqualTo(png);
		assertThat(raw.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(raw.headers().firstValue("Cache-Control")).hasValue("private, max-age=300");
		assertThat(raw.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(portal.getBytes("/buckets/img-raw/images/raw?key=images/missing.png").statusCode()).isEqualTo(404);
		assertThat(portal.getBytes("/buckets/img-raw/images/raw?key=images/../x.png").statusCode()).isEqualTo(400);
		assertThat(new PortalClient(port).getBytes("/buckets/img-raw/images/raw?key=images/red%20dot%2B1.png")
			.statusCode()).isEqualTo(302);
	}

	@Test
	void theGalleryShows24ImagesAPageWithKeysEscaped() throws Exception {
		s3.createBucket((b) -> b.bucket("img-pages"));
		for (int i = 0; i < 30; i++) {
			String key = String.format("images/%02d.png", i);
			s3.putObject((p) -> p.bucket("img-pages").key(key), RequestBody.fromBytes(new byte[] { 1 }));
		}
		s3.putObject((p) -> p.bucket("img-pages").key("images/<b>&.png"), RequestBody.fromBytes(new byte[] { 1 }));
		PortalClient portal = loggedIn();

		String first = portal.get("/buckets/img-pages/images?prefix=images/").body();

		assertThat(count(first, "<li data-key=")).isEqualTo(24);
		Matcher next = Pattern.compile("href=\"([^\"]+)\"\\s+id=\"next-page\"").matcher(first);
		assertThat(next.find()).as("a Next page link").isTrue();
		String second = portal.get(next.group(1).replace("&amp;", "&")).body();
		assertThat(count(second, "<li data-key=")).isEqualTo(7);
		assertThat(second).contains("title=\"images/&lt;b&gt;&amp;.png\">&lt;b&gt;&amp;.png</span>")
			.contains("raw?key=images/%3Cb%3E%26.png")
			.doesNotContain("id=\"next-page\"");
		assertThat(portal.bucketListPage("img-pages")).contains("href=\"/buckets/img-pages/images?prefix=images/\"");
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static String csrf(PortalClient portal, String bucket) throws Exception {
		Matcher m = CSRF.matcher(portal.get("/buckets/" + bucket + "/images?prefix=images/").body());
		assertThat(m.find()).as("a CSRF token on the images page").isTrue();
		return m.group(1);
	}

	private static String uploadJson(PortalClient portal, String bucket, String prefix, String name, byte[] content)
			throws Exception {
		String token = csrf(portal, bucket);
		Multipart form = new Multipart().file("files", name, "image/png", content);
		HttpResponse<String> answer = portal.post("/buckets/" + bucket + "/images?prefix=" + prefix, form.contentType(),
				form.build(), "Accept", "application/json", "X-CSRF-TOKEN", token);
		// 200 when a file was stored; 400 when every file was refused (nothing changed).
		assertThat(answer.statusCode()).as(answer.body())
			.isEqualTo(answer.body().contains("\"status\":\"stored\"") ? 200 : 400);
		return answer.body();
	}

	private PortalClient loggedIn() throws Exception {
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();
		return portal;
	}

}

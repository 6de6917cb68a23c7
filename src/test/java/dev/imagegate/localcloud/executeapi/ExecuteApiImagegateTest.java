package dev.imagegate.localcloud.executeapi;

import dev.imagegate.localcloud.wire.FaultInjector;
import dev.imagegate.proxyapi.InvokeUrls;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.executeapi.ExecuteApiFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * imagegate's default configuration, made by the provisioner: least-privilege role,
 * request validator, real Content-Type, 404/304 mappings and CONVERT_TO_BINARY.
 */
class ExecuteApiImagegateTest extends ExecuteApiTest {

	@Autowired
	ProxyApiProvisioner provisioner;

	@Autowired
	FaultInjector faults;

	String bucket;

	String template;

	final byte[] image = ExecuteApiFixture.allBytes();

	@BeforeEach
	void provision() {
		bucket = fixture.bucket("exec-ig");
		fixture.put(bucket, "images/photo.png", image, "image/png");
		fixture.put(bucket, "secret.txt", "top secret".getBytes(), "text/plain");
		ProvisioningResult result = provisioner.provision(ProxyApiSpec.of(bucket, ExecuteApiFixture.unique("exec-ig")));
		assertThat(result.succeeded()).isTrue();
		template = result.invokeUrl();
	}

	private String url(String encodedKey) {
		return template.replace(InvokeUrls.KEY_PLACEHOLDER, encodedKey);
	}

	@Test
	void servesTheImageWithItsRealContentTypeEvenWithoutAccept() {
		var response = fixture.get(url("photo.png"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(image);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(response.headers().firstValue("ETag")).get().asString().isNotBlank();
		assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(image.length));
	}

	/**
	 * The default Cache-Control (a day) is a static mapping, served on every image; no
	 * CORS unless asked.
	 */
	@Test
	void imagesCarryTheDefaultCacheControlAndNoCorsHeader() {
		var response = fixture.get(url("photo.png"));

		assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	/**
	 * Both options as API Gateway serves static method response header mappings, on
	 * images, 304s and errors.
	 */
	@Test
	void cacheControlAndCorsAsTheSpecSays() {
		ProxyApiSpec spec = ProxyApiSpec.of(bucket, ExecuteApiFixture.unique("exec-cors"))
			.withCaching("private, max-age=60", "https://app.example.com");
		String cors = provisioner.provision(spec).invokeUrl();

		var image = fixture.get(cors.replace(InvokeUrls.KEY_PLACEHOLDER, "photo.png"));
		assertThat(image.headers().firstValue("Cache-Control")).hasValue("private, max-age=60");
		assertThat(image.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
		String etag = image.headers().firstValue("ETag").orElseThrow();
		var notModified = fixture.get(cors.replace(InvokeUrls.KEY_PLACEHOLDER, "photo.png"), "If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.headers().firstValue("Cache-Control")).hasValue("private, max-age=60");
		assertThat(notModified.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
		var missing = fixture.get(cors.replace(InvokeUrls.KEY_PLACEHOLDER, "nope.png"));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
		assertThat(missing.headers().firstValue("Cache-Control")).isEmpty();
	}

	/**
	 * A run that put the new headers and failed before deploying them: the next run
	 * deploys them, though the API itself already looks right (the stage's fingerprint
	 * covers the headers).
	 */
	@Test
	void headersPutByARunThatFailedToDeployAreDeployedByTheNextRun() {
		String name = ExecuteApiFixture.unique("exec-redeploy");
		ProxyApiSpec spec = ProxyApiSpec.of(bucket, name);
		String invoke = provisioner.provision(spec).invokeUrl().replace(InvokeUrls.KEY_PLACEHOLDER, "photo.png");
		ProxyApiSpec changed = spec.withCaching("no-cache", "");
		faults.failNext("CreateDeployment", 1, 400, "BadRequestException", "injected");
		try {
			assertThat(provisioner.provision(changed).succeeded()).isFalse();
		}
		finally {
			faults.clear();
		}
		assertThat(fixture.get(invoke).headers().firstValue("Cache-Control")).as("still the deployed one")
			.hasValue("public, max-age=86400");

		assertThat(provisioner.provision(changed).succeeded()).isTrue();

		assertThat(fixture.get(invoke).headers().firstValue("Cache-Control")).hasValue("no-cache");
	}

	/** Blank passes on each object's own Cache-Control from S3. */
	@Test
	void aBlankCacheControlPassesOnS3s() {
		fixture.put(bucket, "images/own.png", image, "image/png");
		String own = provisioner
			.provision(ProxyApiSpec.of(bucket, ExecuteApiFixture.unique("exec-own")).withCaching("", ""))
			.invokeUrl();

		var response = fixture.get(own.replace(InvokeUrls.KEY_PLACEHOLDER, "own.png"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).isEmpty();
	}

	@Test
	void aMissingImageIs404() {
		var response = fixture.get(url("nope.png"), "Accept", "image/png");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
	}

	/**
	 * S3's error document, labelled as what it is (API Gateway's default would say
	 * application/json).
	 */
	@Test
	void aMissingImageAnswersS3sXmlUnderS3sContentTypeWhateverTheAccept() {
		for (String[] accept : new String[][] { {}, { "Accept", "image/png" }, { "Accept", "text/html" } }) {
			var response = fixture.get(url("nope.png"), accept);

			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as("Accept %s", (Object) accept)
				.hasValue("application/xml");
			assertThat(text(response)).as("Accept %s", (Object) accept)
				.startsWith("<?xml")
				.contains("<Code>NoSuchKey</Code>");
		}
	}

	@Test
	void aMissingOrBlankParameterIs400() {
		var missing = fixture.get(template.substring(0, template.indexOf('?')));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(text(missing)).isEqualTo("{\"message\": \"Missing required request parameters: [image]\"}");
		assertThat(missing.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");

		assertThat(fixture.get(url("")).statusCode()).isEqualTo(400);
		assertThat(fixture.get(url("%20")).statusCode()).isEqualTo(400);
	}

	@Test
	void aMatchingIfNoneMatchIs304WithoutBody() {
		String etag = fixture.get(url("photo.png")).headers().firstValue("ETag").orElseThrow();

		var response = fixture.get(url("photo.png"), "If-None-Match", etag);

		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
		// S3 sends the ETag with a 304 and the API maps it; S3Mock 5.2 sends none, so it
		// cannot be checked here.
		assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
		assertThat(fixture.get(url("photo.png"), "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
	}

	@Test
	void headIsNotAMethodOfImagegatesGetOnlyResource() {
		var response = fixture.send("HEAD", url("photo.png"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
		assertThat(response.body()).isEmpty();
	}

	@Test
	void keysWithSlashesSpacesUnicodeAndPlus() {
		String[] keys = { "a/b.jpg", "with space.jpg", "ünïcødé ✓.jpg", "a+b.jpg", "100%.jpg", "q?&=#.jpg" };
		for (int i = 0; i < keys.length; i++) {
			byte[] bytes = ("image " + i).getBytes();
			fixture.put(bucket, "images/" + keys[i], bytes, "image/jpeg");
			var response = fixture.get(url(InvokeUrls.encodeComponent(keys[i])));
			assertThat(response.statusCode()).as(keys[i]).isEqualTo(200);
			assertThat(response.body()).as(keys[i]).isEqualTo(bytes);
		}
		// Unencoded in the query string: a slash passes, a raw plus is a space (as on
		// AWS).
		assertThat(fixture.get(url("a/b.jpg")).body()).isEqualTo("image 0".getBytes());
		assertThat(fixture.get(url("with+space.jpg")).body()).isEqualTo("image 1".getBytes());
		assertThat(fixture.get(url("a+b.jpg")).statusCode()).isEqualTo(404);
		assertThat(fixture.get(url("a%2Bb.jpg")).body()).isEqualTo("image 3".getBytes());
	}

	@Test
	void traversalNeverLeavesThePrefix() {
		String[] attempts = { "../secret.txt", "..%2Fsecret.txt", "%2e%2e%2fsecret.txt", "%2E%2E/secret.txt",
				"./../secret.txt", "..%5Csecret.txt", "a/../../secret.txt", "%252e%252e%252fsecret.txt" };
		for (String attempt : attempts) {
			var response = fixture.get(url(attempt), "Accept", "text/plain");
			assertThat(response.statusCode()).as(attempt).isEqualTo(404);
			assertThat(text(response)).as(attempt).doesNotContain("top secret");
		}
	}

}

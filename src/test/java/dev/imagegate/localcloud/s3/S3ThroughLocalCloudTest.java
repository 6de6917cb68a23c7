package dev.imagegate.localcloud.s3;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S3 on the local cloud's port, through the real SDK client and a plain HTTP client. */
@LocalCloudTest
class S3ThroughLocalCloudTest {

	@Autowired
	S3Client s3;

	@Autowired
	LocalCloud localCloud;

	@Test
	void storesAndReadsObjectsWithOddKeys() {
		s3.createBucket((b) -> b.bucket("s3-odd-keys"));
		byte[] bytes = new byte[300_000];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 31);
		}
		String key = "images/a b+c/ü%20#.jpg";
		s3.putObject((p) -> p.bucket("s3-odd-keys").key(key).contentType("image/jpeg"), RequestBody.fromBytes(bytes));

		var object = s3.getObjectAsBytes((g) -> g.bucket("s3-odd-keys").key(key));
		assertThat(object.asByteArray()).isEqualTo(bytes);
		assertThat(object.response().contentType()).isEqualTo("image/jpeg");
		assertThat(s3.listObjectsV2((l) -> l.bucket("s3-odd-keys").prefix("images/")).contents())
			.extracting((o) -> o.key())
			.containsExactly(key);
	}

	@Test
	void aBucketNamedLikeAnInvokePathIsStillS3() {
		s3.createBucket((b) -> b.bucket("restapis"));
		s3.putObject((p) -> p.bucket("restapis").key("abc123/test/_user_request_/cat.png"),
				RequestBody.fromString("meow"));

		assertThat(s3.getObjectAsBytes((g) -> g.bucket("restapis").key("abc123/test/_user_request_/cat.png"))
			.asUtf8String()).isEqualTo("meow");
	}

	@Test
	void missingObjectIsNoSuchKey() {
		s3.createBucket((b) -> b.bucket("s3-missing"));
		assertThatThrownBy(() -> s3.getObject((g) -> g.bucket("s3-missing").key("nope.jpg")))
			.isInstanceOf(NoSuchKeyException.class);
	}

	@Test
	void unsignedRequestsAreDeniedAsForAPrivateBucket() throws Exception {
		s3.createBucket((b) -> b.bucket("s3-private"));
		s3.putObject((p) -> p.bucket("s3-private").key("secret.txt"), RequestBody.fromString("secret"));

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(localCloud.endpoint() + "/s3-private/secret.txt")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<Code>AccessDenied</Code>").doesNotContain("secret");
	}

	@Test
	void newBucketsBlockAllPublicAccessAsOnAws() {
		s3.createBucket((b) -> b.bucket("s3-bpa-default"));

		var config = s3.getPublicAccessBlock((g) -> g.bucket("s3-bpa-default")).publicAccessBlockConfiguration();

		assertThat(config.blockPublicAcls()).isTrue();
		assertThat(config.ignorePublicAcls()).isTrue();
		assertThat(config.blockPublicPolicy()).isTrue();
		assertThat(config.restrictPublicBuckets()).isTrue();
	}

	@Test
	void publicAccessBlockCanBeChangedAndDeleted() {
		s3.createBucket((b) -> b.bucket("s3-bpa-change"));
		s3.putPublicAccessBlock((p) -> p.bucket("s3-bpa-change")
			.publicAccessBlockConfiguration((c) -> c.blockPublicAcls(true)
				.ignorePublicAcls(false)
				.blockPublicPolicy(true)
				.restrictPublicBuckets(false)));

		var config = s3.getPublicAccessBlock((g) -> g.bucket("s3-bpa-change")).publicAccessBlockConfiguration();
		assertThat(config.blockPublicAcls()).isTrue();
		assertThat(config.ignorePublicAcls()).isFalse();
		assertThat(config.blockPublicPolicy()).isTrue();
		assertThat(config.restrictPublicBuckets()).isFalse();

		s3.deletePublicAccessBlock((d) -> d.bucket("s3-bpa-change"));
		assertThatThrownBy(() -> s3.getPublicAccessBlock((g) -> g.bucket("s3-bpa-change")))
			.isInstanceOfSatisfying(S3Exception.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NoSuchPublicAccessBlockConfiguration");
			});
	}

	@Test
	void publicAccessBlockOfAMissingBucketIsNoSuchBucket() {
		assertThatThrownBy(() -> s3.getPublicAccessBlock((g) -> g.bucket("s3-bpa-missing"))).isInstanceOfSatisfying(
				S3Exception.class, (ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucket"));
	}

	@Test
	void aRecreatedBucketStartsPrivateAgain() {
		s3.createBucket((b) -> b.bucket("s3-bpa-recreated"));
		s3.deletePublicAccessBlock((d) -> d.bucket("s3-bpa-recreated"));
		s3.deleteBucket((d) -> d.bucket("s3-bpa-recreated"));
		s3.createBucket((b) -> b.bucket("s3-bpa-recreated"));

		assertThat(s3.getPublicAccessBlock((g) -> g.bucket("s3-bpa-recreated"))
			.publicAccessBlockConfiguration()
			.blockPublicAcls()).isTrue();
	}

	@Test
	void bucketTagsRoundTripAndAnUntaggedBucketHasNoTagSet() {
		s3.createBucket((b) -> b.bucket("s3-tags"));
		assertThatThrownBy(() -> s3.getBucketTagging((g) -> g.bucket("s3-tags"))).isInstanceOfSatisfying(
				S3Exception.class, (ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NoSuchTagSet"));

		s3.putBucketTagging((p) -> p.bucket("s3-tags")
			.tagging((t) -> t.tagSet((tag) -> tag.key("imagegate:managed").value("true"),
					(tag) -> tag.key("team").value("a+b c@d/é"))));

		assertThat(s3.getBucketTagging((g) -> g.bucket("s3-tags")).tagSet())
			.extracting((tag) -> tag.key() + "=" + tag.value())
			.containsExactly("imagegate:managed=true", "team=a+b c@d/é");

		s3.deleteBucketTagging((d) -> d.bucket("s3-tags"));
		assertThatThrownBy(() -> s3.getBucketTagging((g) -> g.bucket("s3-tags"))).isInstanceOf(S3Exception.class);
	}

	@Test
	void objectTagsStillReachS3Mock() {
		s3.createBucket((b) -> b.bucket("s3-object-tags"));
		s3.putObject((p) -> p.bucket("s3-object-tags").key("a.txt"), RequestBody.fromString("a"));
		s3.putObjectTagging((p) -> p.bucket("s3-object-tags")
			.key("a.txt")
			.tagging((t) -> t.tagSet((tag) -> tag.key("k").value("v"))));

		assertThat(s3.getObjectTagging((g) -> g.bucket("s3-object-tags").key("a.txt")).tagSet())
			.extracting((tag) -> tag.value())
			.containsExactly("v");
	}

	@Test
	void localCloudReportsItsServicesHealthy() throws Exception {
		localCloud.awaitReady();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(localCloud.endpoint() + "/_imagegate/health")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"s3\":\"running\"");
	}

}

package dev.imagegate.localcloud.s3;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.LocalCloudProperties;
import dev.imagegate.localcloud.RawHttp;
import dev.imagegate.localcloud.RawHttp.Response;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S3 bodies the local cloud reads itself, and sizes, over the wire: a refused body
 * changes nothing, and a body over its limit is refused before it is read (the tests
 * declare a length and send nothing: an answer proves nothing was waited for).
 */
@LocalCloudTest
class S3HardeningTest {

	@Autowired
	LocalCloud localCloud;

	@Autowired
	LocalCloudProperties properties;

	@Autowired
	S3Client s3;

	@Test
	void aBodyThatIsNotXmlLeavesBlockPublicAccessOn() throws Exception {
		s3.createBucket((b) -> b.bucket("hardening-bpa"));

		Response response = put("/hardening-bpa?publicAccessBlock", "not xml PublicAccessBlockConfiguration");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("<Code>MalformedXML</Code>");
		assertThat(s3.getPublicAccessBlock((g) -> g.bucket("hardening-bpa")).publicAccessBlockConfiguration())
			.isEqualTo(PublicAccessBlockConfiguration.builder()
				.blockPublicAcls(true)
				.ignorePublicAcls(true)
				.blockPublicPolicy(true)
				.restrictPublicBuckets(true)
				.build());
	}

	@Test
	void refusedTaggingBodiesKeepTheTagsThereWere() throws Exception {
		s3.createBucket((b) -> b.bucket("hardening-tags"));
		s3.putBucketTagging(
				(p) -> p.bucket("hardening-tags").tagging((t) -> t.tagSet((tag) -> tag.key("keep").value("me"))));
		String thousand = IntStream.range(0, 1000)
			.mapToObj((i) -> "<Tag><Key>k" + i + "</Key><Value>v</Value></Tag>")
			.collect(Collectors.joining());

		assertThat(put("/hardening-tags?tagging", "<Tagging><TagSet><Tag><Key>x</Key>").body())
			.contains("<Code>MalformedXML</Code>");
		Response tooMany = put("/hardening-tags?tagging", "<Tagging><TagSet>" + thousand + "</TagSet></Tagging>");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).contains("<Code>BadRequest</Code>");
		Response longValue = put("/hardening-tags?tagging",
				"<Tagging><TagSet><Tag><Key>k</Key><Value>" + "v".repeat(257) + "</Value></Tag></TagSet></Tagging>");
		assertThat(longValue.body()).contains("<Code>InvalidTag</Code>").contains("<TagKey>k</TagKey>");

		assertThat(s3.getBucketTagging((g) -> g.bucket("hardening-tags")).tagSet())
			.extracting((tag) -> tag.key() + "=" + tag.value())
			.containsExactly("keep=me");
	}

	@Test
	void aHundredMegabyteTaggingBodyIsRefusedBeforeItIsRead() throws Exception {
		s3.createBucket((b) -> b.bucket("hardening-huge"));

		Response response = declare("PUT /hardening-huge?tagging HTTP/1.1", 100L * 1024 * 1024);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("<Code>MaxMessageLengthExceeded</Code>");
		Path settings = properties.dataDir().resolve("s3-settings/buckets.json");
		assertThat(!Files.exists(settings) || Files.size(settings) < 100_000).isTrue();
	}

	@Test
	void anObjectOverFiveGibibytesIsEntityTooLargeBeforeItIsRead() throws Exception {
		s3.createBucket((b) -> b.bucket("hardening-big"));
		long sixGib = 6L * 1024 * 1024 * 1024;

		Response response = declare("PUT /hardening-big/huge.bin HTTP/1.1", sixGib);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("<Code>EntityTooLarge</Code>")
			.contains("<ProposedSize>" + sixGib + "</ProposedSize>")
			.contains("<MaxSizeAllowed>5368709120</MaxSizeAllowed>");
		assertThat(s3.listObjectsV2((l) -> l.bucket("hardening-big")).keyCount()).isZero();
	}

	@Test
	void keysS3HoldsLiterallyAreStoredLiterally() {
		s3.createBucket((b) -> b.bucket("hardening-keys"));
		for (String key : new String[] { "a/../b.txt", "./c.txt", "d//e.txt", "f\\g.txt", "h/./i.txt", "..",
				"j%2Fk" }) {
			s3.putObject((p) -> p.bucket("hardening-keys").key(key), RequestBody.fromString(key));
		}
		assertThat(s3.listObjectsV2((l) -> l.bucket("hardening-keys")).contents()).extracting((o) -> o.key())
			.containsExactlyInAnyOrder("a/../b.txt", "./c.txt", "d//e.txt", "f\\g.txt", "h/./i.txt", "..", "j%2Fk");
		assertThat(s3.getObjectAsBytes((g) -> g.bucket("hardening-keys").key("a/../b.txt")).asUtf8String())
			.isEqualTo("a/../b.txt");
		assertThat(s3.listObjectsV2((l) -> l.bucket("hardening-keys").prefix("b")).keyCount()).isZero();
	}

	private Response put(String path, String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return RawHttp.send(localCloud.port(), "PUT " + path + " HTTP/1.1",
				Map.of("Authorization", RawHttp.signedFor("s3"), "Content-Length", Integer.toString(bytes.length)),
				bytes);
	}

	private Response declare(String requestLine, long length) throws Exception {
		return RawHttp.send(localCloud.port(), requestLine,
				Map.of("Authorization", RawHttp.signedFor("s3"), "Content-Length", Long.toString(length)), new byte[0]);
	}

}

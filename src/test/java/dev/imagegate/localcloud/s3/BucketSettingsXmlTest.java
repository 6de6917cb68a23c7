package dev.imagegate.localcloud.s3;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.imagegate.localcloud.wire.CloudException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bodies of PutPublicAccessBlock and PutBucketTagging, read as XML and checked as S3
 * checks them. Sources: S3 API reference (PutBucketTagging, PutPublicAccessBlock), S3's
 * tag restrictions ("Categorizing your storage using tags"), and S3 answers recorded on
 * AWS (LocalStack's test_s3_api snapshots: duplicate keys, {@code aws:} keys, invalid
 * characters, an empty TagSet; omitted Block Public Access settings read back as false).
 */
class BucketSettingsXmlTest {

	private static final String NS = " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

	@Test
	void publicAccessBlockSettingsAreReadAndOmittedOnesAreFalse() {
		assertThat(BucketSettings.parseSettings(bytes("<PublicAccessBlockConfiguration" + NS
				+ "><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>false</IgnorePublicAcls>"
				+ "</PublicAccessBlockConfiguration>")))
			.containsExactlyInAnyOrderEntriesOf(Map.of("BlockPublicAcls", true, "IgnorePublicAcls", false));
	}

	@Test
	void aBodyThatIsNotTheConfigurationIsMalformedXml() {
		for (String body : new String[] { "not xml PublicAccessBlockConfiguration",
				"<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls>",
				"<Other><BlockPublicAcls>true</BlockPublicAcls></Other>",
				"<PublicAccessBlockConfiguration><BlockPublicAcls>yes</BlockPublicAcls>"
						+ "</PublicAccessBlockConfiguration>",
				"<PublicAccessBlockConfiguration><Unknown>true</Unknown></PublicAccessBlockConfiguration>",
				"<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls>"
						+ "<BlockPublicAcls>false</BlockPublicAcls></PublicAccessBlockConfiguration>",
				"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><PublicAccessBlockConfiguration>"
						+ "<BlockPublicAcls>&e;</BlockPublicAcls></PublicAccessBlockConfiguration>" }) {
			assertThatThrownBy(() -> BucketSettings.parseSettings(bytes(body))).as(body)
				.isInstanceOfSatisfying(CloudException.class, (ex) -> {
					assertThat(ex.status()).isEqualTo(400);
					assertThat(ex.code()).isEqualTo("MalformedXML");
					assertThat(ex.getMessage()).isEqualTo("The XML you provided was not well-formed "
							+ "or did not validate against our published schema");
				});
		}
	}

	@Test
	void anEmptyBodyIsMissingRequestBody() {
		assertThatThrownBy(() -> BucketSettings.parseSettings(new byte[0])).isInstanceOfSatisfying(CloudException.class,
				(ex) -> assertThat(ex.code()).isEqualTo("MissingRequestBodyError"));
	}

	@Test
	void tagsAreReadInOrder() {
		assertThat(BucketSettings.parseTags(tagging(Map.of("a", "1"), "<Tag><Key>b c</Key><Value></Value></Tag>")))
			.containsExactly(Map.entry("a", "1"), Map.entry("b c", ""));
	}

	@Test
	void fiftyTagsAreAllowedAndFiftyOneAreNot() {
		Map<String, String> fifty = IntStream.range(0, 50)
			.boxed()
			.collect(Collectors.toMap((i) -> "k" + i, (i) -> "v"));
		assertThat(BucketSettings.parseTags(tagging(fifty, ""))).hasSize(50);

		assertThatThrownBy(
				() -> BucketSettings.parseTags(tagging(fifty, "<Tag><Key>one-more</Key><Value>v</Value></Tag>")))
			.isInstanceOfSatisfying(CloudException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("BadRequest");
				assertThat(ex.getMessage()).isEqualTo("Bucket tag count cannot be greater than 50");
			});
	}

	@Test
	void keysAndValuesFollowS3sLimits() {
		assertThat(BucketSettings.parseTags(tagging(Map.of("k".repeat(128), "v".repeat(256)), ""))).hasSize(1);
		// Characters, not bytes: 128 two-byte characters are a valid key.
		assertThat(BucketSettings.parseTags(tagging(Map.of("é".repeat(128), "v"), ""))).hasSize(1);

		assertInvalidTag(tagging(Map.of("k".repeat(129), "v"), ""), "The TagKey you have provided is invalid");
		assertInvalidTag(tagging(Map.of("", "v"), ""), "The TagKey you have provided is invalid");
		assertInvalidTag(tagging(Map.of("Key1,Key2", "v"), ""), "The TagKey you have provided is invalid");
		assertInvalidTag(tagging(Map.of("k", "v".repeat(257)), ""), "The TagValue you have provided is invalid");
		assertInvalidTag(tagging(Map.of("k", "inv&amp;alid"), ""), "The TagValue you have provided is invalid");
		assertInvalidTag(tagging(Map.of("aws:cloudformation:stack", "x"), ""),
				"System tags cannot be added/updated by requester");
		assertInvalidTag(tagging(Map.of("k", "1"), "<Tag><Key>k</Key><Value>2</Value></Tag>"),
				"Cannot provide multiple Tags with the same key");
	}

	@Test
	void theRefusedTagIsNamedAsS3NamesIt() {
		assertThatThrownBy(
				() -> BucketSettings.parseTags(tagging(Map.of("k", "1"), "<Tag><Key>k</Key><Value>2</Value></Tag>")))
			.isInstanceOfSatisfying(CloudException.class,
					(ex) -> assertThat(ex.details()).containsExactly(Map.entry("TagKey", "k")));
	}

	@Test
	void aTaggingDocumentOfAnotherShapeIsMalformedXml() {
		for (String body : new String[] { "<Tagging" + NS + "></Tagging>",
				"<Tagging><TagSet><Tag><Key>a</Key></Tag></TagSet></Tagging>",
				"<Tagging><TagSet><Tag><Value>a</Value></Tag></TagSet></Tagging>",
				"<Tagging><TagSet><Tag><Key>a</Key><Value>b</Value><Extra/></Tag></TagSet></Tagging>",
				"<Tagging><TagSet><Tag><Key>a<b/></Key><Value>b</Value></Tag></TagSet></Tagging>",
				"<Tagging><TagSet><Tag><Key>a</Key><Value>b</Value></Tag></TagSet>" }) {
			assertThatThrownBy(() -> BucketSettings.parseTags(bytes(body))).as(body)
				.isInstanceOfSatisfying(CloudException.class, (ex) -> assertThat(ex.code()).isEqualTo("MalformedXML"));
		}
	}

	@Test
	void anEmptyTagSetIsNoTags() {
		assertThat(BucketSettings.parseTags(bytes("<Tagging" + NS + "><TagSet/></Tagging>"))).isEmpty();
	}

	private static void assertInvalidTag(byte[] body, String message) {
		assertThatThrownBy(() -> BucketSettings.parseTags(body)).isInstanceOfSatisfying(CloudException.class, (ex) -> {
			assertThat(ex.status()).isEqualTo(400);
			assertThat(ex.code()).isEqualTo("InvalidTag");
			assertThat(ex.getMessage()).isEqualTo(message);
		});
	}

	private static byte[] tagging(Map<String, String> tags, String more) {
		String xml = tags.entrySet()
			.stream()
			.map((tag) -> "<Tag><Key>" + tag.getKey() + "</Key><Value>" + tag.getValue() + "</Value></Tag>")
			.collect(Collectors.joining());
		return bytes("<Tagging" + NS + "><TagSet>" + xml + more + "</TagSet></Tagging>");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

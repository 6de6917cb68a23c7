package dev.imagegate.localcloud.s3;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.RawHttp;
import dev.imagegate.localcloud.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Object-level S3 answers and ListObjectsV2 compared with AWS's, through the SDK and raw
 * HTTP. Sources are named per test: API reference pages, and LocalStack tests whose
 * snapshots ({@code tests/aws/services/s3/*.snapshot.json}) were recorded on AWS.
 */
@LocalCloudTest
class S3ObjectConformanceTest {

	@Autowired
	LocalCloud localCloud;

	@Autowired
	S3Client s3;

	/**
	 * GetObject/HeadObject API reference, partNumber: part 1 of an object uploaded whole
	 * is all of it, as a 206.
	 */
	@Test
	void partOneOfASimpleObjectIsAPartialAnswerOfAllOfIt() {
		String bucket = bucketWith("hello.txt", "hello world");

		HeadObjectResponse head = s3.headObject((h) -> h.bucket(bucket).key("hello.txt").partNumber(1));
		var get = s3.getObjectAsBytes((g) -> g.bucket(bucket).key("hello.txt").partNumber(1));

		assertThat(head.sdkHttpResponse().statusCode()).isEqualTo(206);
		assertThat(head.contentRange()).isEqualTo("bytes 0-10/11");
		assertThat(head.partsCount()).isNull();
		assertThat(get.response().sdkHttpResponse().statusCode()).isEqualTo(206);
		assertThat(get.response().contentRange()).isEqualTo("bytes 0-10/11");
		assertThat(get.asUtf8String()).isEqualTo("hello world");
	}

	/**
	 * HeadObject API reference, Range: HEAD honours it as GET does (206, Content-Range,
	 * the range's length).
	 */
	@Test
	void headHonoursRange() {
		String bucket = bucketWith("range.txt", "hello world");

		HeadObjectResponse head = s3.headObject((h) -> h.bucket(bucket).key("range.txt").range("bytes=0-3"));

		assertThat(head.sdkHttpResponse().statusCode()).isEqualTo(206);
		assertThat(head.contentRange()).isEqualTo("bytes 0-3/11");
		assertThat(head.contentLength()).isEqualTo(4);
	}

	/**
	 * test_buckets snapshot, test_put_and_get_object_md5: an object put without a type is
	 * binary/octet-stream, SSE AES256.
	 */
	@Test
	void anObjectStoredWithoutContentTypeIsBinaryOctetStream() throws Exception {
		String bucket = bucketWith("other.txt", "x");
		Response put = RawHttp.send(localCloud.port(), "PUT /" + bucket + "/untyped HTTP/1.1",
				Map.of("Authorization", RawHttp.signedFor("s3"), "Content-Length", "3"), "abc".getBytes());
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.headers()).containsEntry("x-amz-server-side-encryption", "AES256");

		HeadObjectResponse head = s3.headObject((h) -> h.bucket(bucket).key("untyped"));

		assertThat(head.contentType()).isEqualTo("binary/octet-stream");
		assertThat(head.serverSideEncryptionAsString()).isEqualTo("AES256");
		assertThat(s3.createMultipartUpload((c) -> c.bucket(bucket).key("parts")).serverSideEncryptionAsString())
			.isEqualTo("AES256");
	}

	/**
	 * PutObject API reference, x-amz-checksum-*: the checksum sent is echoed, with its
	 * type (test_buckets snapshot, test_put_and_get_object_md5: ChecksumType
	 * FULL_OBJECT); GET/HEAD send it with checksum mode.
	 */
	@ParameterizedTest
	@EnumSource(value = ChecksumAlgorithm.class, names = { "CRC32", "CRC32_C", "SHA1", "SHA256" })
	void checksumsSentArePutBackAndReadWithChecksumMode(ChecksumAlgorithm algorithm) {
		String bucket = bucketWith("other.txt", "x");
		String key = "sum-" + algorithm;

		PutObjectResponse put = s3.putObject((p) -> p.bucket(bucket).key(key).checksumAlgorithm(algorithm),
				RequestBody.fromString("checksummed"));
		HeadObjectResponse plain = s3.headObject((h) -> h.bucket(bucket).key(key));
		HeadObjectResponse head = s3.headObject((h) -> h.bucket(bucket).key(key).checksumMode(ChecksumMode.ENABLED));
		GetObjectResponse get = s3.getObjectAsBytes((g) -> g.bucket(bucket).key(key).checksumMode(ChecksumMode.ENABLED))
			.response();

		String sent = checksum(put.checksumCRC32(), put.checksumCRC32C(), put.checksumSHA1(), put.checksumSHA256());
		assertThat(sent).isNotNull();
		assertThat(put.checksumTypeAsString()).isEqualTo("FULL_OBJECT");
		assertThat(get.checksumTypeAsString()).isEqualTo("FULL_OBJECT");
		assertThat(
				checksum(plain.checksumCRC32(), plain.checksumCRC32C(), plain.checksumSHA1(), plain.checksumSHA256()))
			.isNull();
		assertThat(checksum(head.checksumCRC32(), head.checksumCRC32C(), head.checksumSHA1(), head.checksumSHA256()))
			.isEqualTo(sent);
		assertThat(checksum(get.checksumCRC32(), get.checksumCRC32C(), get.checksumSHA1(), get.checksumSHA256()))
			.isEqualTo(sent);
	}

	/**
	 * test_s3_list_operations (AWS snapshots): MaxKeys counts keys and common prefixes in
	 * one order.
	 */
	@Test
	void maxKeysCountsCommonPrefixesAndPagesCarryOn() {
		String bucket = listingBucket();

		List<String> seen = new ArrayList<>();
		String token = null;
		int pages = 0;
		do {
			String from = token;
			ListObjectsV2Response page = s3
				.listObjectsV2((l) -> l.bucket(bucket).delimiter("/").maxKeys(2).continuationToken(from));
			assertThat(page.keyCount()).isEqualTo(page.contents().size() + page.commonPrefixes().size());
			assertThat(page.keyCount()).isLessThanOrEqualTo(2);
			assertThat(page.prefix()).isEmpty();
			page.contents().forEach((o) -> seen.add(o.key()));
			page.commonPrefixes().forEach((p) -> seen.add(p.prefix()));
			token = page.isTruncated() ? page.nextContinuationToken() : null;
			pages++;
		}
		while (token != null);

		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactlyInAnyOrder("a.txt", "a/", "b/", "c", "d");
	}

	/**
	 * ListObjects API reference: v1 pages the same way, with a NextMarker when there is a
	 * delimiter.
	 */
	@Test
	void listObjectsV1PagesByMarker() {
		String bucket = listingBucket();

		var first = s3.listObjects((l) -> l.bucket(bucket).delimiter("/").maxKeys(2));
		var second = s3.listObjects((l) -> l.bucket(bucket).delimiter("/").maxKeys(2).marker(first.nextMarker()));
		var last = s3.listObjects((l) -> l.bucket(bucket).delimiter("/").maxKeys(2).marker(second.nextMarker()));

		assertThat(first.isTruncated()).isTrue();
		assertThat(first.nextMarker()).isEqualTo("a/");
		assertThat(first.prefix()).isEmpty();
		assertThat(first.marker()).isEmpty();
		assertThat(second.commonPrefixes()).extracting((p) -> p.prefix()).containsExactly("b/");
		assertThat(second.contents()).extracting((o) -> o.key()).containsExactly("c");
		assertThat(last.isTruncated()).isFalse();
		assertThat(last.nextMarker()).isNull();
		assertThat(last.contents()).extracting((o) -> o.key()).containsExactly("d");
	}

	/**
	 * ListObjectsV2 API reference: an empty continuation token is refused, naming the
	 * argument.
	 */
	@Test
	void anEmptyContinuationTokenIsInvalidArgument() throws Exception {
		s3.createBucket((b) -> b.bucket("conf-token"));

		Response response = RawHttp.send(localCloud.port(), "GET /conf-token?list-type=2&continuation-token= HTTP/1.1",
				Map.of("Authorization", RawHttp.signedFor("s3")), new byte[0]);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("<Code>InvalidArgument</Code>",
				"<Message>The continuation token provided is incorrect</Message>",
				"<ArgumentName>continuation-token</ArgumentName>");
	}

	/**
	 * DeleteObjects API reference: the XML body is the request, whatever Content-Type a
	 * client (curl) labels it with.
	 */
	@Test
	void deleteObjectsReadsItsBodyEvenWhenLabelledAsAForm() throws Exception {
		String bucket = bucketWith("batch.txt", "x");
		byte[] body = "<Delete><Object><Key>batch.txt</Key></Object></Delete>".getBytes();

		Response response = RawHttp
			.send(localCloud.port(), "POST /" + bucket + "?delete HTTP/1.1",
					Map.of("Authorization", RawHttp.signedFor("s3"), "Content-Type",
							"application/x-www-form-urlencoded", "Content-Length", Integer.toString(body.length)),
					body);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("<Deleted><Key>batch.txt</Key></Deleted>");
	}

	/**
	 * GetObject API reference, Range; S3 error codes: InvalidRange, NoSuchKey,
	 * NoSuchUpload with S3's wording.
	 */
	@Test
	void objectErrorsCarryS3sWordsAndDetails() {
		String bucket = bucketWith("small.txt", "hello");

		assertThatThrownBy(() -> s3.getObject((g) -> g.bucket(bucket).key("small.txt").range("bytes=50-60")))
			.isInstanceOfSatisfying(S3Exception.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(416);
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("The requested range is not satisfiable");
			});
		assertThatThrownBy(() -> s3.getObject((g) -> g.bucket(bucket).key("absent"))).isInstanceOfSatisfying(
				S3Exception.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("The specified key does not exist."));
		assertThatThrownBy(
				() -> s3.abortMultipartUpload((a) -> a.bucket(bucket).key("small.txt").uploadId("not-an-upload")))
			.isInstanceOfSatisfying(S3Exception.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NoSuchUpload");
			});
	}

	/**
	 * DeleteObject and HeadBucket API references: no delete marker on an unversioned
	 * bucket; the bucket's region, no alias.
	 */
	@Test
	void deleteObjectAndHeadBucketSayWhatS3Says() {
		String bucket = bucketWith("gone.txt", "x");

		var deleted = s3.deleteObject((d) -> d.bucket(bucket).key("gone.txt"));
		var head = s3.headBucket((h) -> h.bucket(bucket));

		assertThat(deleted.deleteMarker()).isNull();
		assertThat(deleted.sdkHttpResponse().firstMatchingHeader("x-amz-server-side-encryption")).isEmpty();
		assertThat(head.bucketRegion()).isEqualTo("us-east-1");
		assertThat(head.accessPointAlias()).isFalse();
	}

	private static String checksum(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private String listingBucket() {
		String bucket = "conf-list";
		s3.createBucket((b) -> b.bucket(bucket));
		for (String key : new String[] { "a.txt", "a/1", "a/2", "b/1", "c", "d" }) {
			s3.putObject((p) -> p.bucket(bucket).key(key), RequestBody.fromString(key));
		}
		return bucket;
	}

	private String bucketWith(String key, String content) {
		String bucket = "conf-objects";
		s3.createBucket((b) -> b.bucket(bucket));
		s3.putObject((p) -> p.bucket(bucket).key(key), RequestBody.fromString(content));
		return bucket;
	}

}

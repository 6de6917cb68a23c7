package dev.imagegate.localcloud.s3;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Version ids and versioned buckets as S3 answers them. Source: LocalStack's
 * {@code test_s3_api.snapshot.json}, recorded on AWS.
 */
@LocalCloudTest
class S3VersioningConformanceTest {

	private static final String UNKNOWN_VERSION = "HPniJFCxqTsMuIH9KX8K8wEjNUgmABCD";

	@Autowired
	S3Client s3;

	/**
	 * test_get_object_with_version_unversioned_bucket and test_delete_object: only "null"
	 * is a version there.
	 */
	@Test
	void anUnversionedBucketKnowsOnlyTheNullVersion() {
		s3.createBucket((b) -> b.bucket("conf-unversioned"));
		s3.putObject((p) -> p.bucket("conf-unversioned").key("v.txt"), RequestBody.fromString("test-version"));

		assertThatThrownBy(
				() -> s3.getObject((g) -> g.bucket("conf-unversioned").key("v.txt").versionId(UNKNOWN_VERSION)))
			.isInstanceOfSatisfying(S3Exception.class, S3VersioningConformanceTest::invalidVersionId);
		assertThatThrownBy(
				() -> s3.deleteObject((d) -> d.bucket("conf-unversioned").key("v.txt").versionId(UNKNOWN_VERSION)))
			.isInstanceOfSatisfying(S3Exception.class, S3VersioningConformanceTest::invalidVersionId);
		assertThat(
				s3.getObjectAsBytes((g) -> g.bucket("conf-unversioned").key("v.txt").versionId("null")).asUtf8String())
			.isEqualTo("test-version");
	}

	/**
	 * test_delete_versioned_bucket_with_objects: a versioned bucket's BucketNotEmpty says
	 * versions remain.
	 */
	@Test
	void aVersionedBucketIsNotEmptyWhileVersionsRemain() {
		s3.createBucket((b) -> b.bucket("conf-versioned"));
		s3.putBucketVersioning((p) -> p.bucket("conf-versioned")
			.versioningConfiguration((v) -> v.status(BucketVersioningStatus.ENABLED)));
		s3.putObject((p) -> p.bucket("conf-versioned").key("kept.txt"), RequestBody.fromString("x"));

		assertThatThrownBy(() -> s3.deleteBucket((d) -> d.bucket("conf-versioned")))
			.isInstanceOfSatisfying(S3Exception.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(409);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
						"The bucket you tried to delete is not empty. You must delete all versions in the bucket.");
			});
	}

	/**
	 * test_list_object_versions_order_unversioned: Prefix, KeyMarker and VersionIdMarker
	 * are echoed, empty if not given.
	 */
	@Test
	void listObjectVersionsEchoesItsMarkers() {
		s3.createBucket((b) -> b.bucket("conf-versions"));
		s3.putObject((p) -> p.bucket("conf-versions").key("a-test-object-1"), RequestBody.fromString("x"));

		var listing = s3.listObjectVersions((l) -> l.bucket("conf-versions"));

		assertThat(listing.prefix()).isEmpty();
		assertThat(listing.keyMarker()).isEmpty();
		assertThat(listing.versionIdMarker()).isEmpty();
		assertThat(listing.isTruncated()).isFalse();
		assertThat(listing.versions()).extracting((v) -> v.key() + "@" + v.versionId() + "/" + v.isLatest())
			.containsExactly("a-test-object-1@null/true");
	}

	private static void invalidVersionId(S3Exception ex) {
		assertThat(ex.statusCode()).isEqualTo(400);
		assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
		assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Invalid version id specified");
	}

}

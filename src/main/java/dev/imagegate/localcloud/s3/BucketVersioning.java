package dev.imagegate.localcloud.s3;

import com.adobe.testing.s3mock.s3.dto.VersioningConfiguration;
import com.adobe.testing.s3mock.s3.service.BucketService;
import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * What S3 answers differently once a bucket has had versioning turned on (enabled or
 * suspended: its objects may have versions): in an unversioned bucket the only version id
 * is {@code null}, any other is refused; a versioned bucket is not empty while versions
 * remain. Source: LocalStack's {@code test_s3_api.snapshot.json} (recorded on AWS),
 * test_get_object_with_version_unversioned_bucket, test_delete_object and
 * test_delete_versioned_bucket_with_objects.
 */
final class BucketVersioning {

	static final String NOT_EMPTY_VERSIONED = "The bucket you tried to delete is not empty. "
			+ "You must delete all versions in the bucket.";

	private BucketVersioning() {
	}

	static boolean isVersioned(BucketService buckets, String bucket) {
		try {
			VersioningConfiguration versioning = buckets.verifyBucketExists(bucket).getVersioningConfiguration();
			return versioning != null && versioning.getStatus() != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * An object request naming a version other than {@code null} of an unversioned
	 * bucket's object.
	 */
	static void checkVersionId(HttpServletRequest request, S3Path path, BucketService buckets) {
		String versionId = request.getParameter("versionId");
		if (versionId == null || versionId.equals("null") || path.isBucketLevel() || path.bucket() == null
				|| !buckets.doesBucketExist(path.bucket()) || isVersioned(buckets, path.bucket())) {
			return;
		}
		throw new CloudException(400, "InvalidArgument", "Invalid version id specified")
			.withDetail("ArgumentName", "versionId")
			.withDetail("ArgumentValue", versionId);
	}

}

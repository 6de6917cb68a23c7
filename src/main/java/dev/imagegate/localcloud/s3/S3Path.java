package dev.imagegate.localcloud.s3;

import dev.imagegate.localcloud.wire.PercentEncoding;

/**
 * The bucket a path-style request path names ({@code /bucket/key}), and whether the
 * request is for the bucket itself ({@code /bucket} or {@code /bucket/}) rather than an
 * object.
 *
 * @param bucket the bucket, or null for the service root ({@code /}: ListBuckets)
 */
record S3Path(String bucket, boolean isBucketLevel) {

	static S3Path of(String rawPath) {
		String trimmed = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
		int slash = trimmed.indexOf('/');
		String bucket = (slash < 0) ? trimmed : trimmed.substring(0, slash);
		boolean bucketLevel = slash < 0 || slash == trimmed.length() - 1;
		return new S3Path(bucket.isEmpty() ? null : PercentEncoding.decode(bucket), bucketLevel && !bucket.isEmpty());
	}

	/**
	 * The object key a path-style request path names ({@code /bucket/key}), decoded; null
	 * at bucket level.
	 */
	static String key(String rawPath) {
		String trimmed = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
		int slash = trimmed.indexOf('/');
		return (slash < 0 || slash == trimmed.length() - 1) ? null
				: PercentEncoding.decode(trimmed.substring(slash + 1));
	}

}

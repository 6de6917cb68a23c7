package dev.imagegate.localcloud.s3;

import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * S3Mock's errors in S3's words: the same codes, but S3's messages word for word and the
 * details S3 adds ({@code BucketName}, {@code Key}, {@code UploadId},
 * {@code RangeRequested}...), taken from the request. Sources: S3's error code list
 * (Amazon S3 API reference, "Error responses") and the errors recorded on AWS in
 * LocalStack's {@code test_s3*.snapshot.json}.
 */
final class S3ErrorWording {

	private S3ErrorWording() {
	}

	/** S3's error for what S3Mock raised with {@code code} and {@code message}. */
	static CloudException of(HttpServletRequest request, int status, String code, String message) {
		S3Path path = S3Path.of(request.getRequestURI());
		String bucket = path.bucket();
		return switch (code) {
			case "NoSuchBucket" -> S3ErrorWording.noSuchBucket(bucket);
			case "NoSuchKey" -> new CloudException(404, code, "The specified key does not exist.").withDetail("Key",
					S3Path.key(request.getRequestURI()));
			case "BucketNotEmpty" -> new CloudException(409, code, "The bucket you tried to delete is not empty")
				.withDetail("BucketName", bucket);
			case "InvalidBucketName" ->
				new CloudException(400, code, "The specified bucket is not valid.").withDetail("BucketName", bucket);
			case "BucketAlreadyExists", "BucketAlreadyOwnedByYou" ->
				new CloudException(409, code, message).withDetail("BucketName", bucket);
			case "NoSuchLifecycleConfiguration" ->
				new CloudException(404, code, "The lifecycle configuration does not exist").withDetail("BucketName",
						bucket);
			case "NoSuchUpload" -> new CloudException(404, code,
					"The specified upload does not exist. "
							+ "The upload ID may be invalid, or the upload may have been aborted or completed.")
				.withDetail("UploadId", request.getParameter("uploadId"));
			case "InvalidRange" -> new CloudException(416, code, "The requested range is not satisfiable")
				.withDetail("RangeRequested", request.getHeader("Range"));
			case "PreconditionFailed" ->
				new CloudException(412, code, message).withDetail("Condition", condition(request));
			case "EntityTooSmall" ->
				new CloudException(400, code, "Your proposed upload is smaller than the minimum allowed object size.");
			case "NoSuchVersion" -> new CloudException(404, code, "The specified version does not exist.")
				.withDetail("Key", S3Path.key(request.getRequestURI()))
				.withDetail("VersionId", request.getParameter("versionId"));
			case "InvalidRequest" -> invalidRequest(request, status, code, message);
			default -> new CloudException(status, code, message);
		};
	}

	/**
	 * The condition S3 names as failed (LocalStack's test_s3_preconditions snapshot,
	 * recorded on AWS): a copy's source conditions by their header names, else If-Match,
	 * a write's If-None-Match, then the date.
	 */
	private static String condition(HttpServletRequest request) {
		String prefix = (request.getHeader("x-amz-copy-source") != null) ? "x-amz-copy-source-" : "";
		for (String condition : new String[] { "If-Match", "If-None-Match", "If-Unmodified-Since",
				"If-Modified-Since" }) {
			if (request.getHeader(prefix + condition) != null) {
				return prefix + condition;
			}
		}
		return prefix + "If-Unmodified-Since";
	}

	static CloudException noSuchBucket(String bucket) {
		return new CloudException(404, "NoSuchBucket", "The specified bucket does not exist").withDetail("BucketName",
				bucket);
	}

	/**
	 * S3Mock's own wordings of checks that S3 words differently, some under another code.
	 */
	private static CloudException invalidRequest(HttpServletRequest request, int status, String code, String message) {
		return switch (message) {
			case "maxKeys should be non-negative" ->
				invalidArgument(request, "max-keys", "Provided max-keys not an integer or within integer range");
			case "encodingtype can only be none or 'url'" ->
				invalidArgument(request, "encoding-type", "Invalid Encoding Method specified in Request");
			case "Bucket is missing Object Lock Configuration" -> new CloudException(404,
					"ObjectLockConfigurationNotFoundError", "Object Lock configuration does not exist for this bucket")
				.withDetail("BucketName", S3Path.of(request.getRequestURI()).bucket());
			default -> new CloudException(status, code, message);
		};
	}

	static CloudException invalidArgument(HttpServletRequest request, String parameter, String message) {
		return new CloudException(400, "InvalidArgument", message).withDetail("ArgumentName", parameter)
			.withDetail("ArgumentValue", request.getParameter(parameter));
	}

}

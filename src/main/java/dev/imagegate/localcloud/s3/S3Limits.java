package dev.imagegate.localcloud.s3;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.http.BodyLimit;
import dev.imagegate.localcloud.wire.CloudException;

/**
 * How large an S3 request body may be. Object data (PutObject, UploadPart, a browser-form
 * POST) up to S3's 5 GiB for a single upload, refused as {@code EntityTooLarge}; every
 * other body is an XML document (tagging, DeleteObjects, CompleteMultipartUpload of
 * 10,000 parts), for which S3 documents no byte limit: 4 MiB holds the largest by far and
 * keeps a parse small, refused as {@code MaxMessageLengthExceeded}.
 */
final class S3Limits {

	static final long MAX_OBJECT = 5L * 1024 * 1024 * 1024;

	static final long MAX_DOCUMENT = 4L * 1024 * 1024;

	private static final Set<String> OBJECT_DOCUMENTS = Set.of("tagging", "acl", "retention", "legal-hold", "restore",
			"select");

	private S3Limits() {
	}

	/** The limit for this path-style request's body. */
	static long bodyLimit(HttpServletRequest request) {
		S3Path path = S3Path.of(request.getRequestURI());
		boolean data = switch (request.getMethod()) {
			// PutObject and UploadPart, but not an object's XML subresources (?tagging,
			// ?acl, ...).
			case "PUT" -> path.bucket() != null && !path.isBucketLevel() && !namesDocument(request.getQueryString());
			case "POST" -> path.isBucketLevel() && request.getContentType() != null
					&& request.getContentType().startsWith("multipart/form-data");
			default -> false;
		};
		return data ? MAX_OBJECT : MAX_DOCUMENT;
	}

	private static boolean namesDocument(String query) {
		if (query == null) {
			return false;
		}
		for (String pair : query.split("&")) {
			String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
			if (OBJECT_DOCUMENTS.contains(name)) {
				return true;
			}
		}
		return false;
	}

	/** S3's refusal of a body over its limit. */
	static CloudException refusal(BodyLimit.TooLarge tooLarge) {
		if (tooLarge.limit() < MAX_OBJECT) {
			return new CloudException(400, "MaxMessageLengthExceeded", "Your request was too big.");
		}
		CloudException error = new CloudException(400, "EntityTooLarge",
				"Your proposed upload exceeds the maximum allowed size");
		if (tooLarge.declared() >= 0) {
			error.withDetail("ProposedSize", Long.toString(tooLarge.declared()));
		}
		return error.withDetail("MaxSizeAllowed", Long.toString(tooLarge.limit()));
	}

	/** S3's code for a status a servlet layer raised without one. */
	static CloudException forStatus(int status) {
		return switch (status) {
			case 404 -> new CloudException(404, "NoSuchKey", "The specified key does not exist.");
			case 405 -> new CloudException(405, "MethodNotAllowed",
					"The specified method is not allowed against this resource.");
			case 411 ->
				new CloudException(411, "MissingContentLength", "You must provide the Content-Length HTTP header.");
			case 413 -> new CloudException(400, "MaxMessageLengthExceeded", "Your request was too big.");
			case 501 -> new CloudException(501, "NotImplemented",
					"A header you provided implies functionality that is not implemented.");
			default -> (status >= 500) ? new CloudException(500, "InternalError", S3Errors.INTERNAL_ERROR_MESSAGE)
					: new CloudException(400, "InvalidRequest", "The request is not valid.");
		};
	}

}

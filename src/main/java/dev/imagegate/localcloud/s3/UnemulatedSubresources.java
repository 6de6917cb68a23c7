package dev.imagegate.localcloud.s3;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * The subresources of S3's API that neither S3Mock nor the local cloud implement.
 * S3Mock's routes would take them for another operation (GET {@code ?cors} listed the
 * objects, PUT {@code ?website} created the bucket); they answer S3's
 * {@code NotImplemented} instead, as S3 itself answers a request for functionality it has
 * not got.
 */
final class UnemulatedSubresources {

	/** S3's wording for a 501, word for word (S3's error responses list). */
	static final String NOT_IMPLEMENTED_MESSAGE = "A header you provided implies functionality that is not implemented";

	/**
	 * Bucket subresources of S3's API (botocore's s3 model) S3Mock 5.x has no route for.
	 */
	private static final Set<String> BUCKET = Set.of("accelerate", "acl", "analytics", "cors", "encryption",
			"intelligent-tiering", "inventory", "logging", "metrics", "notification", "ownershipControls",
			"policyStatus", "replication", "requestPayment", "website", "metadataTable", "metadataConfiguration",
			"metadataInventoryTable", "metadataJournalTable", "abac", "session", "renameObject");

	/** Object subresources S3Mock would serve as a plain GET or POST of the object. */
	private static final Set<String> OBJECT = Set.of("restore", "select", "torrent", "renameObject");

	private UnemulatedSubresources() {
	}

	/** The unemulated subresource the request names, or null. */
	static String named(HttpServletRequest request, S3Path path) {
		String query = request.getQueryString();
		if (query == null || path.bucket() == null) {
			return null;
		}
		Set<String> names = path.isBucketLevel() ? BUCKET : OBJECT;
		for (String parameter : query.split("&")) {
			int equals = parameter.indexOf('=');
			String name = (equals < 0) ? parameter : parameter.substring(0, equals);
			if (names.contains(name)) {
				return name;
			}
		}
		return null;
	}

	static CloudException notImplemented() {
		return new CloudException(501, "NotImplemented", NOT_IMPLEMENTED_MESSAGE);
	}

}

package dev.imagegate.localcloud.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3c.dom.Element;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;

import dev.imagegate.http.BlockingServletInput;
import dev.imagegate.http.BodyLimit;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.SigV4;
import dev.imagegate.localcloud.wire.TextResponse;
import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * CreateBucket and GetBucketLocation as S3 answers them, where S3Mock does not: the
 * location constraint is checked against the region the request is signed for (S3's
 * regional endpoints), a bucket created again in us-east-1 answers 200 (S3's legacy
 * behaviour there) while elsewhere it is {@code BucketAlreadyOwnedByYou}, and us-east-1
 * is an empty location. Source: the CreateBucket and GetBucketLocation API references;
 * the constraint's values are the service model's {@code BucketLocationConstraint} enum
 * (the SDK's).
 */
final class BucketCreation {

	static final String US_EAST_1 = "us-east-1";

	private BucketCreation() {
	}

	static boolean isCreateBucket(HttpServletRequest request, S3Path path) {
		return path.isBucketLevel() && "PUT".equals(request.getMethod()) && request.getQueryString() == null;
	}

	static boolean isGetLocation(HttpServletRequest request, S3Path path) {
		return path.isBucketLevel() && "GET".equals(request.getMethod()) && "location".equals(request.getQueryString());
	}

	/**
	 * Checks a CreateBucket and answers it when S3 would without creating anything (the
	 * bucket is already the caller's, in us-east-1); otherwise returns the request, its
	 * body re-readable, for S3Mock to create the bucket.
	 */
	static HttpServletRequest check(HttpServletRequest request, HttpServletResponse response, String bucket,
			EmbeddedS3Mock s3Mock) throws IOException {
		byte[] body = BodyLimit.readAll(request, BucketSettings.MAX_BODY);
		String constraint = (body.length == 0) ? null : constraint(body);
		String endpoint = signingRegion(request);
		String region = region(constraint, endpoint);
		if (s3Mock.bucketExists(bucket)) {
			String existing = s3Mock.bucketRegion(bucket);
			if (US_EAST_1.equals(endpoint) && US_EAST_1.equals(region) && US_EAST_1.equals(existing)) {
				response.setStatus(200);
				response.setHeader("Location", "/" + bucket);
				return null;
			}
			throw new CloudException(409, "BucketAlreadyOwnedByYou",
					"Your previous request to create the named bucket succeeded and you already own it.")
				.withDetail("BucketName", bucket);
		}
		return BlockingServletInput.withBody(request, new ByteArrayInputStream(body));
	}

	/** The region the bucket is to be in, or S3's refusal of the constraint. */
	private static String region(String constraint, String endpoint) {
		if (constraint != null && (constraint.equals(US_EAST_1) || !isKnown(constraint))) {
			throw new CloudException(400, "InvalidLocationConstraint", "The specified location-constraint is not valid")
				.withDetail("LocationConstraint", constraint);
		}
		String region = "EU".equals(constraint) ? "eu-west-1" : constraint;
		if (US_EAST_1.equals(endpoint)) {
			return (region != null) ? region : US_EAST_1;
		}
		if (region == null || !region.equals(endpoint)) {
			throw new CloudException(400, "IllegalLocationConstraintException",
					"The " + ((constraint != null) ? constraint : "unspecified")
							+ " location constraint is incompatible for the region specific endpoint "
							+ "this request was sent to.");
		}
		return region;
	}

	private static boolean isKnown(String constraint) {
		return BucketLocationConstraint.fromValue(constraint) != BucketLocationConstraint.UNKNOWN_TO_SDK_VERSION;
	}

	/**
	 * {@code <CreateBucketConfiguration><LocationConstraint>} if there is one; other
	 * settings are S3Mock's.
	 */
	private static String constraint(byte[] body) {
		Element root = S3Xml.parse(body, "CreateBucketConfiguration");
		for (Element child : S3Xml.children(root, "LocationConstraint", "Location", "Bucket", "Tags")) {
			if (child.getLocalName().equals("LocationConstraint")) {
				String text = S3Xml.text(child).trim();
				return text.isEmpty() ? null : text;
			}
		}
		return null;
	}

	/**
	 * GetBucketLocation: empty for us-east-1 (S3 answers {@code <LocationConstraint/>}),
	 * else the region.
	 */
	static void writeLocation(HttpServletResponse response, String region) throws IOException {
		XmlWriter xml = new XmlWriter().start("LocationConstraint", BucketSettings.NAMESPACE);
		if (region != null && !region.isEmpty() && !region.equals(US_EAST_1) && !region.equals("null")) {
			xml.text(region);
		}
		TextResponse.write(response, 200, "application/xml", xml.end().toString());
	}

	/**
	 * The region of the request's SigV4 credential scope; us-east-1 for other signatures
	 * (SigV2).
	 */
	static String signingRegion(HttpServletRequest request) {
		String region = SigV4.scopeRegion(request);
		return (region != null) ? region : US_EAST_1;
	}

}

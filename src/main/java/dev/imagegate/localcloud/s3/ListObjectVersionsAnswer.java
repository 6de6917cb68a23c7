package dev.imagegate.localcloud.s3;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3c.dom.Element;

import dev.imagegate.localcloud.wire.TextResponse;
import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * ListObjectVersions as S3 answers it: S3Mock's versions and delete markers in S3's
 * {@code ListVersionsResult}, which always echoes {@code Prefix}, {@code KeyMarker} and
 * {@code VersionIdMarker} (empty when not given). Source: LocalStack's
 * {@code test_s3_api.snapshot.json} (recorded on AWS),
 * test_list_object_versions_order_unversioned.
 */
final class ListObjectVersionsAnswer {

	private ListObjectVersionsAnswer() {
	}

	static boolean applies(HttpServletRequest request, S3Path path) {
		return path.isBucketLevel() && "GET".equals(request.getMethod()) && request.getParameter("versions") != null;
	}

	static void serve(HttpServletRequest request, HttpServletResponse response, EmbeddedS3Mock s3Mock)
			throws IOException, ServletException {
		Element listing = S3MockListing.fetch(request, response, s3Mock, "ListBucketResult");
		if (listing == null) {
			return;
		}
		boolean urlEncoded = "url".equals(request.getParameter("encoding-type"));
		XmlWriter xml = new XmlWriter().start("ListVersionsResult", BucketSettings.NAMESPACE)
			.element("Name", S3Path.of(request.getRequestURI()).bucket())
			.element("Prefix", echoed(request, "prefix", urlEncoded))
			.element("KeyMarker", echoed(request, "key-marker", urlEncoded))
			.element("VersionIdMarker", echoed(request, "version-id-marker", false));
		for (Element child : S3MockListing.elements(listing)) {
			if (!child.getLocalName().equals("Name") && !child.getLocalName().equals("Prefix")
					&& !child.getLocalName().equals("KeyMarker") && !child.getLocalName().equals("VersionIdMarker")) {
				S3MockListing.copy(child, xml);
			}
		}
		TextResponse.write(response, 200, "application/xml", xml.end().toString());
	}

	private static String echoed(HttpServletRequest request, String parameter, boolean urlEncoded) {
		String value = request.getParameter(parameter);
		return S3MockListing.encoded((value != null) ? value : "", urlEncoded);
	}

}

package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3c.dom.Element;

import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.PercentEncoding;
import dev.imagegate.localcloud.wire.PercentEncoding.Malformed;
import dev.imagegate.localcloud.wire.PercentEncoding.Plus;
import dev.imagegate.localcloud.wire.TextResponse;
import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * ListObjectsV2 and ListObjects (v1) paged as S3 pages them, over S3Mock's whole listing
 * of the prefix: {@code MaxKeys} counts keys and common prefixes together, in their one
 * order, {@code KeyCount} is how many of both the page holds, and a continuation token
 * (v2) or marker (v1) carries on after the last of either. The request's {@code Prefix}
 * (and v1's {@code Marker}) is always echoed, empty when there is none; an empty
 * continuation token is refused; v1 names a {@code NextMarker} only when a delimiter is
 * given. Sources: the ListObjectsV2 and ListObjects API references; LocalStack's
 * {@code test_s3_list_operations.snapshot.json} (recorded on AWS).
 */
final class ListObjectsPages {

	private static final int DEFAULT_MAX_KEYS = 1000;

	private ListObjectsPages() {
	}

	/**
	 * The parameters of ListObjects (v1): a GET of the bucket with any others is another
	 * operation.
	 */
	private static final Set<String> V1_PARAMETERS = Set.of("prefix", "delimiter", "marker", "max-keys",
			"encoding-type", "x-id");

	static boolean applies(HttpServletRequest request, S3Path path) {
		if (!path.isBucketLevel() || !"GET".equals(request.getMethod())) {
			return false;
		}
		return isV2(request) || V1_PARAMETERS.containsAll(request.getParameterMap().keySet());
	}

	private static boolean isV2(HttpServletRequest request) {
		return "2".equals(request.getParameter("list-type"));
	}

	static void serve(HttpServletRequest request, HttpServletResponse response, EmbeddedS3Mock s3Mock)
			throws IOException, ServletException {
		boolean v2 = isV2(request);
		int maxKeys = maxKeys(request);
		String token = request.getParameter("continuation-token");
		if (v2 && token != null && token.isEmpty()) {
			throw new CloudException(400, "InvalidArgument", "The continuation token provided is incorrect")
				.withDetail("ArgumentName", "continuation-token");
		}
		String after = v2 ? after(token, request.getParameter("start-after")) : request.getParameter("marker");
		Element whole = S3MockListing
			.fetch(QueryRewrite.of(request, Map.of("max-keys", Integer.toString(Integer.MAX_VALUE)),
					List.of("continuation-token", "start-after", "marker")), response, s3Mock, "ListBucketResult");
		if (whole == null) {
			return;
		}
		boolean urlEncoded = "url".equals(request.getParameter("encoding-type"));
		List<Entry> entries = entries(whole, urlEncoded);
		List<Entry> page = new ArrayList<>();
		boolean truncated = false;
		for (Entry entry : entries) {
			if (after != null && entry.name().compareTo(after) <= 0) {
				continue;
			}
			if (page.size() == maxKeys) {
				truncated = maxKeys > 0;
				break;
			}
			page.add(entry);
		}
		String last = truncated ? page.get(page.size() - 1).name() : null;
		XmlWriter xml = v2 ? headV2(request, page, maxKeys, truncated, last, urlEncoded)
				: headV1(request, maxKeys, truncated, last, urlEncoded);
		for (Entry entry : page) {
			S3MockListing.copy(entry.element(), xml);
		}
		TextResponse.write(response, 200, "application/xml", xml.end().toString());
	}

	private static int maxKeys(HttpServletRequest request) {
		String value = request.getParameter("max-keys");
		if (value == null) {
			return DEFAULT_MAX_KEYS;
		}
		try {
			int maxKeys = Integer.parseInt(value.trim());
			if (maxKeys >= 0) {
				return Math.min(maxKeys, DEFAULT_MAX_KEYS);
			}
		}
		catch (NumberFormatException ex) {
			// Refused below, as S3 refuses it.
		}
		throw S3ErrorWording.invalidArgument(request, "max-keys",
				"Provided max-keys not an integer or within integer range");
	}

	/**
	 * The name the page starts after: the token's, or StartAfter when there is no token.
	 */
	private static String after(String token, String startAfter) {
		if (token == null) {
			return startAfter;
		}
		try {
			return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new CloudException(400, "InvalidArgument", "The continuation token provided is incorrect")
				.withDetail("ArgumentName", "continuation-token");
		}
	}

	/**
	 * Keys and common prefixes in S3's one order (of their UTF-8 bytes, as the names
	 * decode).
	 */
	private static List<Entry> entries(Element result, boolean urlEncoded) {
		List<Entry> entries = new ArrayList<>();
		for (Element child : S3MockListing.elements(result)) {
			String field = switch (child.getLocalName()) {
				case "Contents" -> "Key";
				case "CommonPrefixes" -> "Prefix";
				default -> null;
			};
			if (field != null) {
				String name = S3Xml.text(S3Xml.only(child, field));
				entries.add(
						new Entry(urlEncoded ? PercentEncoding.decode(name, Plus.SPACE, Malformed.KEEP) : name, child));
			}
		}
		entries.sort(Comparator.comparing(Entry::name));
		return entries;
	}

	private static XmlWriter headV2(HttpServletRequest request, List<Entry> page, int maxKeys, boolean truncated,
			String last, boolean urlEncoded) {
		String nextToken = (last != null) ? Base64.getUrlEncoder().encodeToString(last.getBytes(StandardCharsets.UTF_8))
				: null;
		return start(request, urlEncoded).element("ContinuationToken", request.getParameter("continuation-token"))
			.element("NextContinuationToken", nextToken)
			.element("KeyCount", page.size())
			.element("MaxKeys", maxKeys)
			.element("Delimiter", S3MockListing.encoded(request.getParameter("delimiter"), urlEncoded))
			.element("EncodingType", request.getParameter("encoding-type"))
			.element("IsTruncated", truncated)
			.element("StartAfter", S3MockListing.encoded(request.getParameter("start-after"), urlEncoded));
	}

	private static XmlWriter headV1(HttpServletRequest request, int maxKeys, boolean truncated, String last,
			boolean urlEncoded) {
		String marker = request.getParameter("marker");
		String delimiter = request.getParameter("delimiter");
		return start(request, urlEncoded)
			.element("Marker", S3MockListing.encoded((marker != null) ? marker : "", urlEncoded))
			.element("NextMarker", (delimiter != null) ? S3MockListing.encoded(last, urlEncoded) : null)
			.element("MaxKeys", maxKeys)
			.element("Delimiter", S3MockListing.encoded(delimiter, urlEncoded))
			.element("EncodingType", request.getParameter("encoding-type"))
			.element("IsTruncated", truncated);
	}

	private static XmlWriter start(HttpServletRequest request, boolean urlEncoded) {
		String prefix = request.getParameter("prefix");
		return new XmlWriter().start("ListBucketResult", BucketSettings.NAMESPACE)
			.element("Name", S3Path.of(request.getRequestURI()).bucket())
			.element("Prefix", S3MockListing.encoded((prefix != null) ? prefix : "", urlEncoded));
	}

	private record Entry(String name, Element element) {
	}

}

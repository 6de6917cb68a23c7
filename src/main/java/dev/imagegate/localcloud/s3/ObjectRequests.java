package dev.imagegate.localcloud.s3;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Object requests put the way S3Mock serves them as S3 answers: an object stored without
 * a Content-Type gets S3's default, {@code binary/octet-stream} (S3 user guide, "Working
 * with object metadata"; recorded as the ContentType of such objects in LocalStack's AWS
 * snapshots), and a HEAD that names a Range or a part is served as the GET it describes,
 * its body then dropped ({@link ObjectAnswer}), since S3Mock's HEAD ignores both.
 */
final class ObjectRequests {

	static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

	private ObjectRequests() {
	}

	static HttpServletRequest adapt(HttpServletRequest request, S3Path path) {
		if (path.isBucketLevel() || path.bucket() == null) {
			return request;
		}
		if (createsObject(request) && isBlank(request.getContentType())) {
			return withHeader(request, request.getMethod(), DEFAULT_CONTENT_TYPE);
		}
		if (isRangedHead(request)) {
			return withHeader(request, "GET", request.getContentType());
		}
		return request;
	}

	/**
	 * A HEAD whose answer depends on a range of the object: S3Mock only honours that on
	 * GET.
	 */
	static boolean isRangedHead(HttpServletRequest request) {
		return "HEAD".equals(request.getMethod())
				&& (request.getHeader("Range") != null || request.getParameter("partNumber") != null);
	}

	/**
	 * PutObject and CreateMultipartUpload, which set the object's metadata (not
	 * UploadPart, not a copy).
	 */
	private static boolean createsObject(HttpServletRequest request) {
		String query = request.getQueryString();
		if ("PUT".equals(request.getMethod())) {
			return query == null && request.getHeader("x-amz-copy-source") == null;
		}
		return "POST".equals(request.getMethod()) && ("uploads".equals(query) || "uploads=".equals(query));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static HttpServletRequest withHeader(HttpServletRequest request, String method, String contentType) {
		return new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return method;
			}

			@Override
			public String getContentType() {
				return contentType;
			}

			@Override
			public String getHeader(String name) {
				return isContentType(name) ? contentType : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				if (!isContentType(name)) {
					return super.getHeaders(name);
				}
				return (contentType != null) ? Collections.enumeration(List.of(contentType))
						: Collections.emptyEnumeration();
			}

			@Override
			public Enumeration<String> getHeaderNames() {
				List<String> names = Collections.list(super.getHeaderNames());
				names.removeIf(ObjectRequests::isContentType);
				if (contentType != null) {
					names.add("Content-Type");
				}
				return Collections.enumeration(names);
			}
		};
	}

	private static boolean isContentType(String name) {
		return "Content-Type".equalsIgnoreCase(name);
	}

}

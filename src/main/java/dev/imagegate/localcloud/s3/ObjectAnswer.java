package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * S3Mock's answer to an object request, put right where it differs from S3's on the way
 * out:
 * <ul>
 * <li>a GET or HEAD of {@code partNumber=1} of an object stored whole is that part, all
 * of it: 206 with its Content-Range (API reference, GetObject/HeadObject
 * "partNumber");</li>
 * <li>a HEAD served as a GET ({@link ObjectRequests#isRangedHead}) keeps the GET's status
 * and headers but sends no body;</li>
 * <li>a HEAD sends the object's checksums only when {@code x-amz-checksum-mode: ENABLED}
 * asks for them, as GET does, and a checksum comes with its {@code x-amz-checksum-type}
 * (AWS-recorded snapshots: {@code ChecksumType: FULL_OBJECT} beside
 * {@code ChecksumCRC32});</li>
 * <li>objects are encrypted at rest by default on S3 since January 2023, which every
 * write and read of one says: {@code x-amz-server-side-encryption: AES256};</li>
 * <li>{@code x-amz-object-size} is S3's answer to appends to directory buckets only, and
 * S3 sends {@code x-amz-delete-marker} only when a delete made or removed a marker.</li>
 * </ul>
 */
final class ObjectAnswer extends HttpServletResponseWrapper {

	private static final Set<String> DATA_PARAMETERS = Set.of("partNumber", "versionId", "uploads", "uploadId", "x-id");

	private final boolean head;

	private final boolean wholePart;

	private final boolean checksums;

	private final boolean delete;

	private final boolean listsParts;

	private long contentLength = -1;

	private String checksum;

	private boolean settled;

	private ObjectAnswer(HttpServletResponse response, boolean head, boolean wholePart, boolean checksums,
			boolean delete, boolean listsParts) {
		super(response);
		this.delete = delete;
		this.listsParts = listsParts;
		this.head = head;
		this.wholePart = wholePart;
		this.checksums = checksums;
	}

	/**
	 * The response to give S3Mock for {@code original}, the request as the client sent
	 * it.
	 */
	static HttpServletResponse of(HttpServletRequest original, S3Path path, HttpServletResponse response) {
		if (path.isBucketLevel() || path.bucket() == null || !isObjectData(original.getParameterMap().keySet())) {
			return response;
		}
		boolean head = "HEAD".equals(original.getMethod());
		return new ObjectAnswer(response, head,
				!"PUT".equals(original.getMethod()) && "1".equals(original.getParameter("partNumber")),
				!head || "ENABLED".equalsIgnoreCase(original.getHeader("x-amz-checksum-mode")),
				"DELETE".equals(original.getMethod()),
				"GET".equals(original.getMethod()) && original.getParameter("uploadId") != null);
	}

	/**
	 * Reads or writes of an object's data, not of a subresource of it (its tags, ACL,
	 * ...).
	 */
	private static boolean isObjectData(Set<String> parameters) {
		return parameters.stream().allMatch((name) -> DATA_PARAMETERS.contains(name) || name.startsWith("response-"));
	}

	/**
	 * Settles the status and headers once S3Mock has returned, for an answer without a
	 * body.
	 */
	void finish() {
		settle();
	}

	@Override
	public void setHeader(String name, String value) {
		if (keeps(name, value)) {
			noteLength(name, value);
			super.setHeader(name, value);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (keeps(name, value)) {
			noteLength(name, value);
			super.addHeader(name, value);
		}
	}

	@Override
	public void setContentLength(int length) {
		setContentLengthLong(length);
	}

	@Override
	public void setContentLengthLong(long length) {
		contentLength = length;
		super.setContentLengthLong(length);
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		settle();
		return head ? Discard.INSTANCE : super.getOutputStream();
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		settle();
		return head ? new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)
				: super.getWriter();
	}

	@Override
	public void flushBuffer() throws IOException {
		settle();
		super.flushBuffer();
	}

	private boolean keeps(String name, String value) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.equals("x-amz-delete-marker")) {
			return !"false".equals(value);
		}
		return !lower.equals("x-amz-object-size") && (checksums || !lower.startsWith("x-amz-checksum-"));
	}

	private void noteLength(String name, String value) {
		if ("Content-Length".equalsIgnoreCase(name) && value != null) {
			contentLength = Long.parseLong(value.trim());
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.startsWith("x-amz-checksum-") && !lower.equals("x-amz-checksum-type")) {
			checksum = value;
		}
	}

	private void settle() {
		if (settled || isCommitted()) {
			return;
		}
		settled = true;
		int status = getStatus();
		if (status < 200 || status >= 300) {
			return;
		}
		if (!delete && !listsParts && getHeader("x-amz-server-side-encryption") == null) {
			super.setHeader("x-amz-server-side-encryption", "AES256");
		}
		if (checksum != null && getHeader("x-amz-checksum-type") == null) {
			// S3 says how a checksum was made: of the whole object, or of its parts
			// ("...-3").
			super.setHeader("x-amz-checksum-type", checksum.contains("-") ? "COMPOSITE" : "FULL_OBJECT");
		}
		if (wholePart && status == 200 && getHeader("Content-Range") == null && contentLength >= 0) {
			setStatus(206);
			super.setHeader("Content-Range",
					"bytes " + ((contentLength == 0) ? "*" : "0-" + (contentLength - 1)) + "/" + contentLength);
		}
	}

	/** The body of a HEAD answer, which S3 never sends. */
	private static final class Discard extends ServletOutputStream {

		static final Discard INSTANCE = new Discard();

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
		}

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
		}

	}

}

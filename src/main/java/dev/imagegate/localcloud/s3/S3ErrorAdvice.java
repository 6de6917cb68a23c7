package dev.imagegate.localcloud.s3;

import java.io.IOException;

import com.adobe.testing.s3mock.s3.S3Exception;
import com.adobe.testing.s3mock.s3.model.S3ObjectMetadata;
import com.adobe.testing.s3mock.s3.service.BucketService;
import com.adobe.testing.s3mock.s3.service.ObjectService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.imagegate.localcloud.wire.CloudException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error inside S3Mock's context leaves in S3's shape, with the request's ids:
 * S3Mock's own {@link S3Exception}s, and what Spring MVC itself raises before S3Mock's
 * code runs (an unreadable XML body, a method S3 has not got), which S3Mock's handlers
 * would answer as a problem document. It comes first, so S3Mock's handlers only serve as
 * a fallback.
 */
@ControllerAdvice
@Conditional(InS3MockContext.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class S3ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(S3ErrorAdvice.class);

	private final ObjectService objects;

	private final BucketService buckets;

	S3ErrorAdvice(ObjectService objects, BucketService buckets) {
		this.objects = objects;
		this.buckets = buckets;
	}

	@ExceptionHandler(S3Exception.class)
	void s3(S3Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (ex == S3Exception.Companion.getNO_SUCH_KEY_DELETE_MARKER()) {
			response.setHeader("x-amz-delete-marker", "true");
		}
		S3ObjectMetadata object = (ex.getStatus() == 304 || ex.getStatus() == 416) ? object(request) : null;
		if (ex.getStatus() == 304) {
			// S3 answers Not Modified with no body, but with the object's validators (RFC
			// 9110, 15.4.5).
			response.setStatus(304);
			if (object != null) {
				String etag = object.getEtag();
				response.setHeader("ETag", etag.startsWith("\"") ? etag : "\"" + etag + "\"");
				response.setDateHeader("Last-Modified", object.getLastModified());
			}
			return;
		}
		CloudException worded = S3ErrorWording.of(request, ex.getStatus(), ex.getCode(), ex.getMessage());
		if (object != null) {
			worded.withDetail("ActualObjectSize", object.getSize());
		}
		if (worded.code().equals("BucketNotEmpty")
				&& BucketVersioning.isVersioned(buckets, S3Path.of(request.getRequestURI()).bucket())) {
			worded = new CloudException(409, worded.code(), BucketVersioning.NOT_EMPTY_VERSIONED)
				.withDetail("BucketName", S3Path.of(request.getRequestURI()).bucket());
		}
		S3Errors.write(request, response, worded.status(), worded.code(), worded.getMessage(), worded.details());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	void malformedXml(HttpServletRequest request, HttpServletResponse response) throws IOException {
		error(request, response, 400, "MalformedXML",
				"The XML you provided was not well-formed or did not validate against our published schema");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	void methodNotAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
		error(request, response, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
	}

	/**
	 * Spring MVC's other refusals (a missing parameter, a value that does not convert,
	 * ...).
	 */
	@ExceptionHandler({ ServletRequestBindingException.class, TypeMismatchException.class, HttpMediaTypeException.class,
			NoHandlerFoundException.class, NoResourceFoundException.class, MultipartException.class })
	void invalidRequest(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.debug("S3 request refused: {}", ex.toString());
		if (ex instanceof TypeMismatchException mismatch && "uploadId".equals(mismatch.getPropertyName())) {
			// S3Mock's upload ids are UUIDs; to S3 any other id is just one it does not
			// know.
			CloudException unknown = S3ErrorWording.of(request, 404, "NoSuchUpload", "");
			S3Errors.write(request, response, unknown.status(), unknown.code(), unknown.getMessage(),
					unknown.details());
			return;
		}
		error(request, response, 400, "InvalidRequest", "The request is not valid: " + reason(ex));
	}

	/**
	 * S3Mock's internal failures: S3's InternalError, with one line in the log and no
	 * trace to the client.
	 */
	@ExceptionHandler(IllegalStateException.class)
	void internal(IllegalStateException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.warn("S3 {} {} failed: {}", request.getMethod(), request.getRequestURI(), ex.toString());
		error(request, response, 500, "InternalError", S3Errors.INTERNAL_ERROR_MESSAGE);
	}

	/** The object a GET or HEAD names, if it can be read; null otherwise. */
	private S3ObjectMetadata object(HttpServletRequest request) {
		String key = S3Path.key(request.getRequestURI());
		if (key == null) {
			return null;
		}
		try {
			return objects.getObject(S3Path.of(request.getRequestURI()).bucket(), key,
					request.getParameter("versionId"));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Spring's own detail names a missing header or parameter; a conversion failure names
	 * Java types.
	 */
	private static String reason(Exception ex) {
		if (ex instanceof ServletRequestBindingException binding && binding.getBody().getDetail() != null) {
			return binding.getBody().getDetail();
		}
		if (ex instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
			return "the value of " + mismatch.getPropertyName() + " is not valid.";
		}
		return "it does not match what S3 accepts for this resource.";
	}

	/**
	 * Written here, not returned: S3Mock's XML converter would wrap a String body in
	 * {@code <String>}.
	 */
	private static void error(HttpServletRequest request, HttpServletResponse response, int status, String code,
			String message) throws IOException {
		S3Errors.write(request, response, status, code, message);
	}

}

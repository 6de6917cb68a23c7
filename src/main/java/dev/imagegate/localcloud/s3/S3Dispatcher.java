package dev.imagegate.localcloud.s3;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.imagegate.http.BodyLimit;
import dev.imagegate.localcloud.wire.CloudException;

/**
 * S3's logic for one path-style request, whoever makes it (a client through the S3 front,
 * or an API's integration in process): the bucket subresources the local cloud keeps
 * itself, everything else S3Mock. Whatever fails answers in S3's error shape, never a
 * container page.
 */
public class S3Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(S3Dispatcher.class);

	private final EmbeddedS3Mock s3Mock;

	private final BucketSettings settings;

	S3Dispatcher(EmbeddedS3Mock s3Mock, BucketSettings settings) {
		this.s3Mock = s3Mock;
		this.settings = settings;
	}

	/**
	 * An in-process S3 call, as an API's integration makes it; {@code origin} is the
	 * request being served.
	 */
	public S3Answer call(HttpServletRequest origin, S3Call call) {
		InProcessRequest request = new InProcessRequest(origin, call);
		CapturedResponse response = new CapturedResponse();
		S3Errors.assignIds(request, response);
		try {
			serve(request, response);
		}
		catch (IOException ex) {
			log.debug("In-process S3 call {} {} failed", call.method(), request.getRequestURI(), ex);
			return S3Answer.error(500, "InternalError", S3Errors.INTERNAL_ERROR_MESSAGE, call.isHead());
		}
		return response.answer();
	}

	/**
	 * Serves a path-style request whose ids are assigned ({@link S3Errors#assignIds}).
	 */
	void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
		S3Path path = S3Path.of(request.getRequestURI());
		HttpServletResponse guarded = new ErrorPageGuard(request, response);
		try {
			String subresource = path.isBucketLevel() ? BucketSettings.subresource(request) : null;
			if (subresource != null || UnemulatedSubresources.named(request, path) != null
					|| BucketCreation.isGetLocation(request, path)) {
				if (!s3Mock.bucketExists(path.bucket())) {
					throw S3ErrorWording.noSuchBucket(path.bucket());
				}
				if (subresource != null) {
					settings.handle(path.bucket(), subresource, request, guarded);
				}
				else if (BucketCreation.isGetLocation(request, path)) {
					BucketCreation.writeLocation(guarded, s3Mock.bucketRegion(path.bucket()));
				}
				else {
					throw UnemulatedSubresources.notImplemented();
				}
				return;
			}
			if (ListObjectsPages.applies(request, path)) {
				ListObjectsPages.serve(request, guarded, s3Mock);
				return;
			}
			if (ListObjectVersionsAnswer.applies(request, path)) {
				ListObjectVersionsAnswer.serve(request, guarded, s3Mock);
				return;
			}
			BucketVersioning.checkVersionId(request, path, s3Mock.buckets());
			HttpServletRequest toServe = request;
			if (BucketCreation.isCreateBucket(request, path)) {
				toServe = BucketCreation.check(request, guarded, path.bucket(), s3Mock);
				if (toServe == null) {
					return;
				}
			}
			HttpServletResponse answer = ObjectAnswer.of(request, path, guarded);
			s3Mock.serve(ObjectRequests.adapt(toServe, path), answer);
			if (answer instanceof ObjectAnswer object) {
				object.finish();
			}
			else if ("HEAD".equals(request.getMethod()) && path.isBucketLevel() && response.getStatus() == 200) {
				// HeadBucket API reference: S3 says whether the name is an access point
				// alias.
				response.setHeader("x-amz-access-point-alias", "false");
			}
			if ("DELETE".equals(request.getMethod()) && path.isBucketLevel() && request.getQueryString() == null
					&& response.getStatus() == 204) {
				settings.forget(path.bucket());
			}
		}
		catch (CloudException ex) {
			S3Errors.write(request, response, ex.status(), ex.code(), ex.getMessage(), ex.details());
		}
		catch (BodyLimit.TooLarge ex) {
			tooLarge(request, response, ex);
		}
		catch (ServletException | RuntimeException ex) {
			BodyLimit.TooLarge tooLarge = tooLargeCause(ex);
			if (tooLarge != null) {
				tooLarge(request, response, tooLarge);
				return;
			}
			log.warn("S3 {} {} failed: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			if (!response.isCommitted()) {
				response.reset();
				S3Errors.write(request, response, 500, "InternalError", S3Errors.INTERNAL_ERROR_MESSAGE);
			}
		}
	}

	private static void tooLarge(HttpServletRequest request, HttpServletResponse response, BodyLimit.TooLarge ex)
			throws IOException {
		if (!response.isCommitted()) {
			response.reset();
			CloudException refusal = S3Limits.refusal(ex);
			S3Errors.write(request, response, refusal.status(), refusal.code(), refusal.getMessage(),
					refusal.details());
		}
	}

	/**
	 * S3Mock wraps the I/O errors of reading a body; the size limit's own is found under
	 * them.
	 */
	static BodyLimit.TooLarge tooLargeCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyLimit.TooLarge tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

	/** {@code sendError} would reach Tomcat's HTML error page: S3's XML error instead. */
	private static final class ErrorPageGuard extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		ErrorPageGuard(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			if (!isCommitted()) {
				resetBuffer();
			}
			CloudException error = S3Limits.forStatus(status);
			S3Errors.write(request, (HttpServletResponse) getResponse(), error.status(), error.code(),
					error.getMessage());
		}

		@Override
		public void sendError(int status) throws IOException {
			sendError(status, null);
		}

	}

}

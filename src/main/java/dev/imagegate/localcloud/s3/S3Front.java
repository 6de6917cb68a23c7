package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.http.BodyLimit;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;
import dev.imagegate.localcloud.wire.SigV4;

/**
 * S3 on the local cloud's port, for any client: refuses unsigned requests with S3's
 * {@code AccessDenied}, as AWS does for a private bucket, puts virtual-hosted requests
 * ({@code bucket.localhost:4566/key}) into path style, holds bodies to S3's size limits,
 * and hands the rest to {@link S3Dispatcher} in process.
 */
public class S3Front implements CloudServiceHandler {

	private final S3Dispatcher dispatcher;

	private final FaultInjector faults;

	S3Front(S3Dispatcher dispatcher, FaultInjector faults) {
		this.dispatcher = dispatcher;
		this.faults = faults;
	}

	@Override
	public String signingName() {
		return "s3";
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
		S3Errors.assignIds(request, response);
		try {
			if (!SigV4.of(request).isSigned()) {
				throw new CloudException(403, "AccessDenied", "Access Denied");
			}
			faults.check("S3:" + request.getMethod());
			HttpServletRequest pathStyle = queryParametersOnly(pathStyle(request));
			long limit = S3Limits.bodyLimit(pathStyle);
			BodyLimit.checkDeclared(pathStyle, limit);
			dispatcher.serve(limitedBody(pathStyle, limit), response);
		}
		catch (CloudException ex) {
			writeError(request, response, ex);
		}
		catch (BodyLimit.TooLarge ex) {
			writeError(request, response, S3Limits.refusal(ex));
		}
	}

	@Override
	public void writeError(HttpServletRequest request, HttpServletResponse response, CloudException error)
			throws IOException {
		S3Errors.write(request, response, error.status(), error.code(), error.getMessage(), error.details());
	}

	@Override
	public CloudException signatureError(SigV4.Signature signature) {
		if (signature.kind() == SigV4.Kind.UNSUPPORTED) {
			return new CloudException(400, "InvalidArgument", signature.problem())
				.withDetail("ArgumentName", "Authorization")
				.withDetail("ArgumentValue", signature.header());
		}
		String code = (signature.kind() == SigV4.Kind.MALFORMED_QUERY) ? "AuthorizationQueryParametersError"
				: "AuthorizationHeaderMalformed";
		return new CloudException(400, code, signature.problem());
	}

	/**
	 * The request in path style: a virtual-hosted one ({@code bucket.localhost:4566/key},
	 * {@code bucket.s3.localhost...}) gets its bucket from the host name.
	 */
	static HttpServletRequest pathStyle(HttpServletRequest request) {
		String host = request.getServerName().toLowerCase(Locale.ROOT);
		int dot = host.indexOf('.');
		if (dot <= 0 || !(host.endsWith(".localhost") || host.contains(".s3."))) {
			return request;
		}
		String bucket = host.substring(0, dot);
		if (bucket.equals("s3") || bucket.equals("localhost")) {
			return request;
		}
		String path = request.getRequestURI();
		String pathStyle = "/" + bucket + (path.equals("/") ? "" : path);
		return new HttpServletRequestWrapper(request) {
			@Override
			public String getRequestURI() {
				return pathStyle;
			}

			@Override
			public String getServletPath() {
				return pathStyle;
			}

			@Override
			public StringBuffer getRequestURL() {
				return new StringBuffer(request.getScheme()).append("://")
					.append(request.getServerName())
					.append(':')
					.append(request.getServerPort())
					.append(pathStyle);
			}
		};
	}

	/** A POST labelled as a form is not one to S3 ({@link QueryRewrite#queryOnly}). */
	private static HttpServletRequest queryParametersOnly(HttpServletRequest request) {
		String type = request.getContentType();
		boolean form = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
		return (form && "POST".equals(request.getMethod())) ? QueryRewrite.queryOnly(request) : request;
	}

	/**
	 * A body without a declared length (chunked) is cut off at the limit as it is read.
	 */
	private static HttpServletRequest limitedBody(HttpServletRequest request, long limit) throws IOException {
		if (request.getContentLengthLong() >= 0) {
			return request;
		}
		return BodyLimit.withLimitedBody(request, limit);
	}

}

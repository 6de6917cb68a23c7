package dev.imagegate.localcloud.wire;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local cloud's single entry point: tells the services apart and hands each request
 * to its handler. Signed requests go by the service in their SigV4 credential scope first
 * (so a bucket named {@code restapis} still works); unsigned ones by host and path
 * (execute-api, the local cloud's own {@code /_imagegate/} endpoints), and the rest is
 * S3, which refuses them as AWS would. A header that is not a signature is refused in the
 * shape of the service it names, or S3's; a failure anywhere answers in the addressed
 * service's shape, never as a container page.
 */
public class LocalCloudServlet extends HttpServlet {

	private static final Logger log = LoggerFactory.getLogger(LocalCloudServlet.class);

	private static final String NOT_IMPLEMENTED = "NotImplemented";

	private static final String EXECUTE_API = "execute-api";

	private static final Pattern LEGACY_INVOKE_PATH = Pattern.compile("^/restapis/[^/]+/[^/]+/_user_request_(/.*)?$");

	private final transient Map<String, CloudServiceHandler> bySigningName;

	private final transient CloudServiceHandler executeApi;

	private final transient CloudServiceHandler internal;

	private final transient CloudServiceHandler s3;

	public LocalCloudServlet(List<CloudServiceHandler> services, CloudServiceHandler executeApi,
			CloudServiceHandler internal) {
		this.bySigningName = services.stream()
			.collect(Collectors.toUnmodifiableMap(CloudServiceHandler::signingName, Function.identity()));
		this.executeApi = executeApi;
		this.internal = internal;
		this.s3 = bySigningName.get("s3");
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getAttribute(ExpectContinueValve.AWAIT_BODY) != null) {
			request = AwaitedBody.await(request);
		}
		SigV4.Signature signature = SigV4.of(request);
		CloudServiceHandler handler = handlerFor(request, signature);
		try {
			if (handler == null) {
				refuseUnknownService(request, response, signature.service());
			}
			else if (!signature.isSigned() && signature.kind() != SigV4.Kind.UNSIGNED && handler != executeApi) {
				handler.writeError(request, response, handler.signatureError(signature));
			}
			else {
				handler.handle(request, response);
			}
		}
		catch (RuntimeException ex) {
			// A bug, not the client's fault: one line in the log, the service's own 500
			// to the client.
			log.warn("Local cloud {} {} failed: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			log.debug("Local cloud failure", ex);
			if (!response.isCommitted()) {
				response.reset();
				handler = (handler != null) ? handler : s3;
				handler.writeError(request, response, new CloudException(500, "InternalFailure",
						"The local cloud could not serve this request; its log says why."));
			}
		}
	}

	/**
	 * The service a request is for: by the scope of its signature when it has one (null
	 * for a service the local cloud does not emulate), else by host and path; S3 by
	 * default.
	 */
	private CloudServiceHandler handlerFor(HttpServletRequest request, SigV4.Signature signature) {
		if (signature.kind() == SigV4.Kind.SIGNED) {
			return EXECUTE_API.equals(signature.service()) ? executeApi : bySigningName.get(signature.service());
		}
		String path = request.getRequestURI();
		if (isExecuteApi(request, path)) {
			return executeApi;
		}
		if (signature.kind() == SigV4.Kind.UNSIGNED && path.startsWith("/_imagegate/")) {
			return internal;
		}
		if (signature.service() != null && bySigningName.containsKey(signature.service())) {
			return bySigningName.get(signature.service());
		}
		return s3;
	}

	/**
	 * For errors Tomcat raises itself ({@link ServiceErrorValve}): the addressed
	 * service's shape.
	 */
	void writeContainerError(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		CloudServiceHandler handler = handlerFor(request, SigV4.of(request));
		// Tomcat refuses requests itself with a 400 for a URI it cannot decode (a NUL, a
		// bad escape).
		CloudException error;
		if (status == 400) {
			error = new CloudException(400, "InvalidURI", "Couldn't parse the specified URI.");
		}
		else if (status >= 500) {
			error = new CloudException(500, "InternalError", "We encountered an internal error. Please try again.");
		}
		else {
			error = new CloudException(status, "InvalidRequest", "The request is not valid.");
		}
		((handler != null) ? handler : s3).writeError(request, response, error);
	}

	static boolean isExecuteApi(HttpServletRequest request, String path) {
		String host = request.getServerName().toLowerCase(Locale.ROOT);
		return host.contains(".execute-api.") || path.startsWith("/_aws/execute-api/")
				|| LEGACY_INVOKE_PATH.matcher(path).matches();
	}

	/**
	 * 501 for a service it does not emulate, in a shape the caller's SDK can read:
	 * query-protocol clients (form-encoded requests: SNS, EC2, ...) parse only an XML
	 * ErrorResponse; JSON and REST-JSON clients read {@code __type} or the
	 * {@code x-amzn-ErrorType} header.
	 */
	private void refuseUnknownService(HttpServletRequest request, HttpServletResponse response, String service)
			throws IOException {
		String message = "The imagegate local cloud does not emulate the service '" + service + "'. It emulates: "
				+ String.join(", ", bySigningName.keySet().stream().sorted().toList()) + ".";
		String requestId = UUID.randomUUID().toString();
		response.setHeader("x-amzn-RequestId", requestId);
		response.setHeader("x-amzn-ErrorType", NOT_IMPLEMENTED);
		String contentType = request.getContentType();
		if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
			TextResponse.write(response, 501, "text/xml",
					new CloudException(501, NOT_IMPLEMENTED, message).toQueryXml(null, requestId));
			return;
		}
		TextResponse.write(response, 501, "application/json",
				"{\"__type\":\"" + NOT_IMPLEMENTED + "\",\"message\":" + JsonText.quote(message) + "}");
	}

}

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

/**
 * The local cloud's single entry point: tells the services apart and hands each request
 * to its handler. Signed requests go by the service in their SigV4 credential scope first
 * (so a bucket named {@code restapis} still works); unsigned ones by host and path
 * (execute-api, the local cloud's own {@code /_imagegate/} endpoints), and the rest is S3,
 * which refuses them as AWS would.
 */
public class LocalCloudServlet extends HttpServlet {

	private static final String NOT_IMPLEMENTED = "NotImplemented";

	private static final Pattern LEGACY_INVOKE_PATH = Pattern.compile("^/restapis/[^/]+/[^/]+/_user_request_(/.*)?$");

	private final transient Map<String, CloudServiceHandler> bySigningName;

	private final transient CloudServiceHandler executeApi;

	private final transient CloudServiceHandler internal;

	public LocalCloudServlet(List<CloudServiceHandler> services, CloudServiceHandler executeApi,
			CloudServiceHandler internal) {
		this.bySigningName = services.stream()
			.collect(Collectors.toUnmodifiableMap(CloudServiceHandler::signingName, Function.identity()));
		this.executeApi = executeApi;
		this.internal = internal;
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getAttribute(ExpectContinueValve.AWAIT_BODY) != null) {
			request = AwaitedBody.await(request);
		}
		String service = SigV4.service(request).orElse(null);
		if (service != null) {
			CloudServiceHandler handler = bySigningName.get(service);
			if (handler == null) {
				refuseUnknownService(request, response, service);
				return;
			}
			handler.handle(request, response);
			return;
		}
		String path = request.getRequestURI();
		if (isExecuteApi(request, path)) {
			executeApi.handle(request, response);
		}
		else if (path.startsWith("/_imagegate/")) {
			internal.handle(request, response);
		}
		else {
			bySigningName.get("s3").handle(request, response);
		}
	}

	static boolean isExecuteApi(HttpServletRequest request, String path) {
		String host = request.getServerName().toLowerCase(Locale.ROOT);
		return host.contains(".execute-api.") || path.startsWith("/_aws/execute-api/")
				|| LEGACY_INVOKE_PATH.matcher(path).matches();
	}

	/**
	 * 501 for a service it does not emulate, in a shape the caller's SDK can read: query-protocol
	 * clients (form-encoded requests: SNS, EC2, ...) parse only an XML ErrorResponse; JSON and
	 * REST-JSON clients read {@code __type} or the {@code x-amzn-ErrorType} header.
	 */
	private void refuseUnknownService(HttpServletRequest request, HttpServletResponse response, String service)
			throws IOException {
		String message = "The imagegate local cloud does not emulate the service '" + service
				+ "'. It emulates: " + String.join(", ", bySigningName.keySet().stream().sorted().toList()) + ".";
		String requestId = UUID.randomUUID().toString();
		response.setHeader("x-amzn-RequestId", requestId);
		response.setHeader("x-amzn-ErrorType", NOT_IMPLEMENTED);
		String contentType = request.getContentType();
		if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
			TextResponse.write(response, 501, "text/xml",
					new CloudException(501, NOT_IMPLEMENTED, message).toQueryXml(null, requestId));
			return;
		}
		TextResponse.write(response, 501, "application/json", "{\"__type\":\"" + NOT_IMPLEMENTED + "\",\"message\":\""
				+ message.replace("\"", "'") + "\"}");
	}

}

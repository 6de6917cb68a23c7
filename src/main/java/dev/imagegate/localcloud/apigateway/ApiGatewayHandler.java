package dev.imagegate.localcloud.apigateway;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.imagegate.http.BodyLimit;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;
import dev.imagegate.localcloud.wire.JsonText;
import dev.imagegate.localcloud.wire.SigV4;
import dev.imagegate.localcloud.wire.TextResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * API Gateway's control plane (REST-JSON) on the local cloud's port: routes each request
 * to its operation, checks injected faults first, and renders results and errors in AWS's
 * shape. This is the only place that writes API Gateway responses, so every error looks
 * alike.
 */
final class ApiGatewayHandler implements CloudServiceHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiGatewayHandler.class);

	/** The largest document API Gateway takes is an API definition to import: 6 MB. */
	static final int MAX_BODY = 6 * 1024 * 1024;

	private final Router router;

	private final FaultInjector faults;

	private final JsonMapper mapper;

	ApiGatewayHandler(Router router, JsonMapper mapper, FaultInjector faults) {
		this.router = router;
		this.mapper = mapper;
		this.faults = faults;
	}

	@Override
	public String signingName() {
		return "apigateway";
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String requestId = UUID.randomUUID().toString();
		response.setHeader("x-amzn-RequestId", requestId);
		try {
			Router.Match match = router.match(request.getMethod(), request.getRequestURI(),
					Call.rawQueryParameter(request.getQueryString(), "mode"));
			if (match == null) {
				throw Errors.notFound(
						"No API Gateway operation matches " + request.getMethod() + " " + request.getRequestURI());
			}
			faults.check(match.route().operationName());
			byte[] body = BodyLimit.readAll(request, MAX_BODY);
			Call call = match.route().document()
					? Call.document(match.pathParams(), request.getQueryString(), body, request.getHeader("Accept"))
					: Call.parse(match.pathParams(), request.getQueryString(), body, mapper);
			write(response, match.route().operation().handle(call));
		}
		catch (CloudException ex) {
			writeError(response, ex.status(), ex.code(), ex.getMessage());
		}
		catch (BodyLimit.TooLarge ex) {
			writeError(response, 413, "RequestEntityTooLargeException", "Request size exceeded " + MAX_BODY + " bytes");
		}
		catch (RuntimeException ex) {
			logger.error("API Gateway emulator failed on {} {}", request.getMethod(), request.getRequestURI(), ex);
			writeError(response, 500, "InternalFailure",
					"The local cloud could not serve this request; its log says why.");
		}
	}

	private void write(HttpServletResponse response, Reply reply) throws IOException {
		response.setStatus(reply.status());
		if (reply.body() == null) {
			response.setContentLength(0);
			return;
		}
		if (reply.contentType() != null) {
			byte[] document = (byte[]) reply.body();
			response.setContentType(reply.contentType());
			response.setHeader("Content-Disposition", reply.contentDisposition());
			response.setContentLength(document.length);
			response.getOutputStream().write(document);
			return;
		}
		byte[] json = mapper.writeValueAsBytes(reply.body());
		response.setContentType("application/json");
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

	@Override
	public void writeError(HttpServletRequest request, HttpServletResponse response, CloudException error)
			throws IOException {
		if (response.getHeader("x-amzn-RequestId") == null) {
			response.setHeader("x-amzn-RequestId", UUID.randomUUID().toString());
		}
		writeError(response, error.status(), error.code(), error.getMessage());
	}

	/** An Authorization header that is not a signature: API Gateway's 403. */
	@Override
	public CloudException signatureError(SigV4.Signature signature) {
		return new CloudException(403, "IncompleteSignatureException", signature.problem());
	}

	/**
	 * AWS's REST-JSON error: the code in {@code x-amzn-ErrorType}, the message in the
	 * body; Coral's unmodeled errors (ValidationException) carry it as {@code Message}
	 * instead.
	 */
	private static void writeError(HttpServletResponse response, int status, String code, String message)
			throws IOException {
		response.setHeader("x-amzn-ErrorType", code);
		String body = Errors.hasMessageMember(code) ? JsonText.message(message)
				: "{\"Message\":" + JsonText.quote(String.valueOf(message)) + "}";
		TextResponse.write(response, status, "application/json", body);
	}

}

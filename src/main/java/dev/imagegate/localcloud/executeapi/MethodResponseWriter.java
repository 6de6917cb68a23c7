package dev.imagegate.localcloud.executeapi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.localcloud.apigateway.model.IntegrationResponse;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.MethodResponse;
import dev.imagegate.localcloud.executeapi.BinaryRules.Conversion;
import dev.imagegate.localcloud.s3.S3Answer;

/**
 * The method response stage: the status of the selected integration response, only the
 * headers its method response declares (mapped from S3's headers or static values), the
 * Content-Type {@code application/json} unless one is mapped, and the body streamed with
 * the conversion the rules call for ({@link PayloadConversions}).
 */
final class MethodResponseWriter {

	private static final String TARGET = "method.response.header.";

	private static final String SOURCE = "integration.response.header.";

	/** Framing headers belong to this connection; the writer sets them itself. */
	private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");

	private MethodResponseWriter() {
	}

	static void write(HttpServletResponse response, Invocation invocation, Method method, IntegrationResponse selected,
			S3Answer result, List<String> binaryMediaTypes) throws IOException {
		int status = Integer.parseInt(selected.statusCode);
		Map<String, String> headers = mappedHeaders(method, selected, result);
		boolean noBody = "HEAD".equals(invocation.httpMethod()) || status == 304 || status == 204;
		Conversion conversion = noBody ? Conversion.NONE : BinaryRules.conversion(result.header("content-type"),
				invocation.header("accept"), binaryMediaTypes, selected.contentHandling);
		// A whole body known before anything is sent: a plain response template's, a
		// base64 decoding,
		// or text within the payload limit (its Content-Length is known only once invalid
		// UTF-8 is replaced).
		byte[] whole = noBody ? null
				: MappingTemplates.responseBody(selected, invocation.header("accept")).orElse(null);
		long length = result.contentLength();
		if (whole == null && (conversion == Conversion.FROM_BASE64
				|| (conversion == Conversion.TEXT && length >= 0 && length <= PayloadConversions.MAX_PAYLOAD))) {
			whole = PayloadConversions.whole(conversion, result::writeBody);
		}
		response.setStatus(status);
		ExecuteApiHandler.writeRequestIds(response, invocation);
		// Only where an integration answered; a client's own trace header is kept, as
		// X-Ray's doc says.
		String trace = invocation.header("x-amzn-trace-id");
		response.setHeader("X-Amzn-Trace-Id",
				(trace != null) ? trace : RequestIds.traceId(System.currentTimeMillis() / 1000));
		headers.forEach(response::setHeader);
		if (!headers.containsKey("Content-Type")) {
			response.setContentType("application/json");
		}
		if (noBody) {
			response.setContentLength(0);
			return;
		}
		OutputStream out = response.getOutputStream();
		if (whole != null) {
			response.setContentLength(whole.length);
			out.write(whole);
			return;
		}
		if (conversion == Conversion.TO_BASE64 && length >= 0) {
			response.setContentLengthLong(4 * ((length + 2) / 3));
		}
		else if (conversion == Conversion.NONE && length >= 0) {
			response.setContentLengthLong(length);
		}
		// A text payload of unknown length goes out chunked.
		try (OutputStream converting = PayloadConversions.streaming(conversion, out)) {
			result.writeBody(converting);
		}
	}

	/**
	 * Declared headers only; a mapping onto an undeclared header is dropped, as AWS does.
	 */
	private static Map<String, String> mappedHeaders(Method method, IntegrationResponse selected, S3Answer result) {
		Map<String, String> headers = new LinkedHashMap<>();
		MethodResponse declared = (method.methodResponses != null) ? method.methodResponses.get(selected.statusCode)
				: null;
		if (selected.responseParameters == null || declared == null || declared.responseParameters == null) {
			return headers;
		}
		selected.responseParameters.forEach((target, source) -> {
			if (!declared.responseParameters.containsKey(target) || !target.startsWith(TARGET)) {
				return;
			}
			String name = canonical(target.substring(TARGET.length()));
			if (FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
				return;
			}
			String value = null;
			if (source.length() >= 2 && source.startsWith("'") && source.endsWith("'")) {
				value = source.substring(1, source.length() - 1);
			}
			else if (source.startsWith(SOURCE)) {
				value = result.header(source.substring(SOURCE.length()));
			}
			if (value != null) {
				headers.put(name, value);
			}
		});
		return headers;
	}

	/** Content-Type however it was spelled, so the JSON default can tell it is set. */
	private static String canonical(String name) {
		return name.equalsIgnoreCase("content-type") ? "Content-Type" : name;
	}

}

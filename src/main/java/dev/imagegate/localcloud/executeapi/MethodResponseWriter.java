package dev.imagegate.localcloud.executeapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
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
 * Content-Type {@code application/json} unless one is mapped, and the body streamed with the
 * binary conversion the rules call for. Only a base64-decoding needs the whole body at once.
 */
final class MethodResponseWriter {

	private static final String TARGET = "method.response.header.";

	private static final String SOURCE = "integration.response.header.";

	/** Framing headers belong to this connection; the writer sets them itself. */
	private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");

	/** API Gateway's integration response payload limit. */
	private static final int MAX_DECODED_BODY = 10 * 1024 * 1024;

	private MethodResponseWriter() {
	}

	static void write(HttpServletResponse response, Invocation invocation, Method method, IntegrationResponse selected,
			S3Answer result, List<String> binaryMediaTypes) throws IOException {
		int status = Integer.parseInt(selected.statusCode);
		Map<String, String> headers = mappedHeaders(method, selected, result);
		boolean noBody = "HEAD".equals(invocation.httpMethod()) || status == 304 || status == 204;
		Conversion conversion = noBody ? Conversion.NONE
				: BinaryRules.conversion(result.header("content-type"), invocation.header("accept"), binaryMediaTypes,
						selected.contentHandling);
		byte[] decoded = null;
		if (conversion == Conversion.FROM_BASE64) {
			decoded = decodeBase64(result);
		}
		response.setStatus(status);
		ExecuteApiHandler.writeRequestIds(response, invocation);
		headers.forEach(response::setHeader);
		if (!headers.containsKey("Content-Type")) {
			response.setContentType("application/json");
		}
		if (noBody) {
			response.setContentLength(0);
			return;
		}
		OutputStream out = response.getOutputStream();
		if (decoded != null) {
			response.setContentLength(decoded.length);
			out.write(decoded);
			return;
		}
		long length = result.contentLength();
		if (conversion == Conversion.TO_BASE64) {
			if (length >= 0) {
				response.setContentLengthLong(4 * ((length + 2) / 3));
			}
			try (OutputStream encoder = Base64.getEncoder().wrap(out)) {
				result.writeBody(encoder);
			}
			return;
		}
		if (length >= 0) {
			response.setContentLengthLong(length);
		}
		result.writeBody(out);
	}

	/** Declared headers only; a mapping onto an undeclared header is dropped, as AWS does. */
	private static Map<String, String> mappedHeaders(Method method, IntegrationResponse selected,
			S3Answer result) {
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

	private static byte[] decodeBase64(S3Answer result) throws IOException {
		ByteArrayOutputStream text = new ByteArrayOutputStream() {
			@Override
			public void write(byte[] bytes, int offset, int length) {
				if (count + length > MAX_DECODED_BODY) {
					throw ExecuteApiException.internalServerError();
				}
				super.write(bytes, offset, length);
			}
		};
		result.writeBody(text);
		try {
			return Base64.getMimeDecoder().decode(strictBase64(text.toByteArray()));
		}
		catch (IllegalArgumentException ex) {
			throw ExecuteApiException.internalServerError();
		}
	}

	/** The MIME decoder skips junk silently; text that is not base64 must fail instead. */
	private static byte[] strictBase64(byte[] text) {
		for (byte b : text) {
			boolean base64 = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+'
					|| b == '/' || b == '=' || b == '\r' || b == '\n';
			if (!base64) {
				throw new IllegalArgumentException("not base64");
			}
		}
		return text;
	}

}

package dev.imagegate.localcloud.executeapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.http.BodyLimit;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.executeapi.BinaryRules.Conversion;
import dev.imagegate.localcloud.executeapi.IntegrationRequestMapper.S3Request;

/**
 * The integration request's body: the client's, through the request table's conversion
 * (binary passthrough streamed, anything else converted whole first), or a plain mapping
 * template's text. A template never takes a binary payload: AWS answers 500 when one
 * would (LocalStack's recorded
 * test_apigw_s3_binary_support_request_convert_to_binary_with_request_template).
 */
final class IntegrationRequestBody {

	private IntegrationRequestBody() {
	}

	static S3Access.Body of(S3Request s3Request, Method method, CompiledApi api, HttpServletRequest client,
			BodyLimit.Limited body) throws IOException {
		String template = MappingTemplates.requestTemplate(method.methodIntegration, client.getContentType())
			.orElse(null);
		Conversion conversion = BinaryRules.requestConversion(client.getContentType(), api.binaryMediaTypes(),
				method.methodIntegration.contentHandling);
		if (template != null) {
			boolean binary = conversion == Conversion.NONE || conversion == Conversion.FROM_BASE64;
			if (binary && hasBody(client)) {
				throw ExecuteApiException.internalServerError();
			}
			byte[] text = MappingTemplates.plainText(template).orElse(null);
			if (text != null) {
				return new S3Access.Body(new ByteArrayInputStream(text), text.length);
			}
		}
		if (conversion == Conversion.NONE || !S3Access.sendsBody(s3Request.httpMethod())) {
			return new S3Access.Body(body, client.getContentLengthLong());
		}
		try {
			byte[] converted = PayloadConversions.whole(conversion, body::transferTo);
			return new S3Access.Body(new ByteArrayInputStream(converted), converted.length);
		}
		catch (BodyLimit.TooLarge ex) {
			throw ExecuteApiException.requestTooLarge();
		}
	}

	private static boolean hasBody(HttpServletRequest client) {
		return client.getContentLengthLong() > 0 || "chunked".equalsIgnoreCase(client.getHeader("Transfer-Encoding"));
	}

}

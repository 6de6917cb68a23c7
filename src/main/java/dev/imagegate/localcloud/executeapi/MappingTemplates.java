package dev.imagegate.localcloud.executeapi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.imagegate.localcloud.apigateway.model.Integration;
import dev.imagegate.localcloud.apigateway.model.IntegrationResponse;

/**
 * Mapping templates, chosen as API Gateway chooses them. Only templates of plain text are
 * applied (no {@code $} or {@code #}: nothing for Velocity to do, the text is the
 * output); one that would need Velocity, or an empty one, leaves the body as it is.
 * <ul>
 * <li>request: by the request's media type ({@code application/json} when it sends no
 * Content-Type); without a match the integration's passthroughBehavior decides (API
 * reference, Integration.passthroughBehavior): WHEN_NO_MATCH passes the body through,
 * WHEN_NO_TEMPLATES only when there are no templates at all, NEVER never; else 415
 * Unsupported Media Type.</li>
 * <li>response: by the request's Accept, else the {@code application/json} template, else
 * the first (as LocalStack found AWS choose, in its integration response handler).</li>
 * </ul>
 */
final class MappingTemplates {

	private static final String JSON = "application/json";

	private MappingTemplates() {
	}

	/**
	 * The integration request's template, or empty when the client's body goes through as
	 * it is.
	 */
	static Optional<String> requestTemplate(Integration integration, String contentType) {
		Map<String, String> templates = orEmpty(integration.requestTemplates);
		String mediaType = (contentType == null || contentType.isBlank()) ? JSON
				: contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		String template = find(templates, mediaType);
		if (template == null) {
			boolean passes = switch ((integration.passthroughBehavior != null) ? integration.passthroughBehavior
					: "WHEN_NO_MATCH") {
				case "NEVER" -> false;
				case "WHEN_NO_TEMPLATES" -> templates.isEmpty();
				default -> true;
			};
			if (!passes) {
				throw ExecuteApiException.unsupportedMediaType();
			}
		}
		return Optional.ofNullable(template);
	}

	/**
	 * The method response's body the template gives, or empty when the integration's body
	 * goes out.
	 */
	static Optional<byte[]> responseBody(IntegrationResponse response, String accept) {
		Map<String, String> templates = orEmpty(response.responseTemplates);
		if (templates.isEmpty()) {
			return Optional.empty();
		}
		String template = (accept != null) ? find(templates, accept.trim()) : null;
		if (template == null) {
			template = find(templates, JSON);
		}
		if (template == null) {
			template = templates.values().iterator().next();
		}
		return plainText(template);
	}

	/**
	 * A template's output when it is plain text (nothing for Velocity to do), else empty.
	 */
	static Optional<byte[]> plainText(String template) {
		if (template == null || template.isEmpty() || template.indexOf('$') >= 0 || template.indexOf('#') >= 0) {
			return Optional.empty();
		}
		return Optional.of(template.getBytes(StandardCharsets.UTF_8));
	}

	private static Map<String, String> orEmpty(Map<String, String> templates) {
		return (templates != null) ? templates : Map.of();
	}

	private static String find(Map<String, String> templates, String mediaType) {
		for (Map.Entry<String, String> template : templates.entrySet()) {
			if (template.getKey().trim().equalsIgnoreCase(mediaType)) {
				return (template.getValue() != null) ? template.getValue() : "";
			}
		}
		return null;
	}

}

package dev.imagegate.localcloud.executeapi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.imagegate.localcloud.apigateway.model.Integration;

/**
 * The integration request's mapping template, chosen as API Gateway chooses it: by the
 * request's media type ({@code application/json} when it sends no Content-Type), then the
 * integration's passthroughBehavior decides what happens without a match (API reference,
 * Integration.passthroughBehavior): WHEN_NO_MATCH passes the body through, WHEN_NO_TEMPLATES
 * only when there are no templates at all, NEVER never; else 415 Unsupported Media Type.
 * Only templates of plain text are applied (no {@code $} or {@code #}: nothing for Velocity to
 * do); one that would need Velocity leaves the body as the client sent it.
 */
final class RequestTemplates {

	private static final String DEFAULT_MEDIA_TYPE = "application/json";

	private RequestTemplates() {
	}

	/** The body the template gives, or empty when the client's body goes through. */
	static Optional<byte[]> body(Integration integration, String contentType) {
		Map<String, String> templates = (integration.requestTemplates != null) ? integration.requestTemplates
				: Map.of();
		String template = find(templates, mediaType(contentType));
		String behavior = (integration.passthroughBehavior != null) ? integration.passthroughBehavior
				: "WHEN_NO_MATCH";
		if (template == null) {
			boolean passes = switch (behavior) {
				case "NEVER" -> false;
				case "WHEN_NO_TEMPLATES" -> templates.isEmpty();
				default -> true;
			};
			if (!passes) {
				throw ExecuteApiException.unsupportedMediaType();
			}
			return Optional.empty();
		}
		if (template.indexOf('$') >= 0 || template.indexOf('#') >= 0) {
			return Optional.empty();
		}
		return Optional.of(template.getBytes(StandardCharsets.UTF_8));
	}

	private static String mediaType(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return DEFAULT_MEDIA_TYPE;
		}
		return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
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

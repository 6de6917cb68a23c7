package dev.imagegate.endpoints;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.imagegate.proxyapi.ProxyApiDesign;
import dev.imagegate.proxyapi.ProxyApiSpec;

/**
 * Checks what an API's imagegate tags say before anything uses it: tags are read back
 * from the cloud, where anyone with access can change them. A value imagegate would never
 * have written makes the endpoint "not manageable", with the reason, instead of a URL, a
 * policy or a page built from it.
 */
final class EndpointTags {

	/** IAM's rule for role names. */
	private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

	private static final Map<String, String> TAG_OF_FIELD = Map.of("bucket", ProxyApiDesign.TAG_BUCKET, "prefix",
			ProxyApiDesign.TAG_PREFIX, "resource", ProxyApiDesign.TAG_RESOURCE, "queryParameter",
			ProxyApiDesign.TAG_PARAMETER, "stage", ProxyApiDesign.TAG_STAGE);

	private final Validator validator;

	EndpointTags(Validator validator) {
		this.validator = validator;
	}

	/** Why these tags (and the API's name) cannot be managed, or empty when they can. */
	Optional<String> problem(String apiName, Map<String, String> tags) {
		for (String required : new String[] { ProxyApiDesign.TAG_BUCKET, ProxyApiDesign.TAG_ROLE }) {
			if (tags.get(required) == null || tags.get(required).isBlank()) {
				return Optional.of("not manageable: the tag " + required + " is missing");
			}
		}
		if (!ROLE_NAME.matcher(tags.get(ProxyApiDesign.TAG_ROLE)).matches()) {
			return Optional.of("not manageable: the tag " + ProxyApiDesign.TAG_ROLE + " ("
					+ shown(tags.get(ProxyApiDesign.TAG_ROLE)) + ") is not an IAM role name");
		}
		ProxyApiSpec spec = new ProxyApiSpec(tags.get(ProxyApiDesign.TAG_BUCKET), null, false,
				tags.getOrDefault(ProxyApiDesign.TAG_PREFIX, ""), apiName, tags.get(ProxyApiDesign.TAG_RESOURCE),
				tags.get(ProxyApiDesign.TAG_PARAMETER), tags.get(ProxyApiDesign.TAG_STAGE), null, null, null, null);
		Set<ConstraintViolation<ProxyApiSpec>> violations = validator.validate(spec);
		return violations.stream()
			.min(Comparator.comparing((violation) -> violation.getPropertyPath().toString()))
			.map((violation) -> {
				String field = ProxyApiSpec.fieldOf(violation.getPropertyPath().toString());
				String tag = TAG_OF_FIELD.get(field);
				// The value as the tag holds it: a derived check's own value would be a
				// boolean.
				return (tag == null)
						? "not manageable: the API's name (" + shown(apiName) + ") " + violation.getMessage()
						: "not manageable: the tag " + tag + " (" + shown(tags.get(tag)) + ") "
								+ violation.getMessage();
			});
	}

	/** The value as read, cut short: it is shown on pages (escaped) and in JSON. */
	private static String shown(Object value) {
		String text = String.valueOf(value);
		return (text.length() > 64) ? text.substring(0, 64) + "..." : text;
	}

}

package dev.imagegate.localcloud.executeapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.wire.PercentEncoding;

/**
 * The path part of an S3 integration URI
 * ({@code arn:aws:apigateway:{region}:s3:path/{bucket}/{key}}), split once into literal
 * text and {@code {name}} (or greedy {@code {name+}}) placeholders. Matching two regular
 * expressions on every request showed in profiles; a template is a pure function of the
 * URI text, so the cache by that text never goes stale.
 */
final class S3PathTemplate {

	private static final Pattern S3_PATH_URI = Pattern.compile("^arn:aws[a-z-]*:apigateway:[a-z0-9-]+:s3:path/(.*)$");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+?)\\+?}");

	private static final Map<String, Optional<S3PathTemplate>> BY_URI = new ConcurrentHashMap<>();

	private static final int LIMIT = 1_000;

	/**
	 * One more than {@link #names}: the text before, between and after the placeholders.
	 */
	private final List<String> literals;

	private final List<String> names;

	private S3PathTemplate(List<String> literals, List<String> names) {
		this.literals = literals;
		this.names = names;
	}

	/** The template of an integration URI, or empty when it is not an S3 path URI. */
	static Optional<S3PathTemplate> ofUri(String integrationUri) {
		Optional<S3PathTemplate> cached = BY_URI.get(integrationUri);
		if (cached != null) {
			return cached;
		}
		if (BY_URI.size() >= LIMIT) {
			BY_URI.clear();
		}
		Matcher uri = S3_PATH_URI.matcher(integrationUri);
		Optional<S3PathTemplate> parsed = uri.matches() ? Optional.of(parse(uri.group(1))) : Optional.empty();
		BY_URI.put(integrationUri, parsed);
		return parsed;
	}

	static S3PathTemplate parse(String template) {
		List<String> literals = new ArrayList<>();
		List<String> names = new ArrayList<>();
		Matcher placeholder = PLACEHOLDER.matcher(template);
		int end = 0;
		while (placeholder.find()) {
			literals.add(template.substring(end, placeholder.start()));
			names.add(placeholder.group(1));
			end = placeholder.end();
		}
		literals.add(template.substring(end));
		return new S3PathTemplate(List.copyOf(literals), List.copyOf(names));
	}

	/** Each placeholder becomes the mapped value, URL-encoded; unmapped, empty. */
	String expand(Map<String, String> values) {
		StringBuilder out = new StringBuilder(literals.get(0));
		for (int i = 0; i < names.size(); i++) {
			String value = values.get(names.get(i));
			if (value != null) {
				out.append(PercentEncoding.encode(value));
			}
			out.append(literals.get(i + 1));
		}
		return out.toString();
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.wire.PercentEncoding;
import dev.imagegate.localcloud.wire.PercentEncoding.Malformed;
import dev.imagegate.localcloud.wire.PercentEncoding.Plus;

/**
 * Maps an HTTP method and a raw request path to an operation of the REST-JSON protocol,
 * using botocore's URI templates
 * ({@code /restapis/{restapi_id}/resources/{resource_id}}). Path segments are matched raw
 * and percent-decoded one by one, because a tag ARN arrives percent-encoded inside a
 * single segment.
 */
final class Router {

	/** What an operation does with a parsed call. */
	@FunctionalInterface
	interface Operation {

		Reply handle(Call call);

	}

	/**
	 * @param mode the {@code mode} query parameter this route needs (ImportRestApi is
	 * {@code POST /restapis?mode=import}), or null
	 * @param document whether the body is an API definition (OpenAPI, JSON or YAML)
	 * rather than members
	 */
	record Route(String method, String operationName, String[] template, Operation operation, String mode,
			boolean document) {
	}

	record Match(Route route, Map<String, String> pathParams) {
	}

	private final List<Route> routes = new ArrayList<>();

	/** Registers {@code operationName} (AWS's name, also used for fault injection). */
	Router add(String method, String uriTemplate, String operationName, Operation operation) {
		routes.add(new Route(method, operationName, split(uriTemplate), operation, null, false));
		return this;
	}

	/**
	 * Registers an operation whose body is an API definition; with a {@code mode} it
	 * matches only requests that carry that mode, and is tried before the routes
	 * registered after it.
	 */
	Router addDocument(String method, String uriTemplate, String mode, String operationName, Operation operation) {
		routes.add(new Route(method, operationName, split(uriTemplate), operation, mode, true));
		return this;
	}

	/** The route for this request, or null when no operation has this method and path. */
	Match match(String method, String rawPath, String mode) {
		String[] segments = split(rawPath);
		for (Route route : routes) {
			if (!route.method().equals(method) || route.template().length != segments.length
					|| (route.mode() != null && !route.mode().equals(mode))) {
				continue;
			}
			Map<String, String> params = bind(route.template(), segments);
			if (params != null) {
				return new Match(route, params);
			}
		}
		return null;
	}

	private static Map<String, String> bind(String[] template, String[] segments) {
		Map<String, String> params = new LinkedHashMap<>();
		for (int i = 0; i < template.length; i++) {
			String part = template[i];
			if (part.startsWith("{") && part.endsWith("}")) {
				String value = decode(segments[i]);
				if (value.isEmpty()) {
					return null;
				}
				params.put(part.substring(1, part.length() - 1), value);
			}
			else if (!part.equals(segments[i])) {
				return null;
			}
		}
		return params;
	}

	/** A {@code +} in a path is a plus, not a space; a malformed escape is a 400. */
	private static String decode(String segment) {
		try {
			return PercentEncoding.decode(segment, Plus.LITERAL, Malformed.REJECT);
		}
		catch (PercentEncoding.MalformedEscapeException ex) {
			throw Errors.badRequest("Invalid percent-encoding in the request path");
		}
	}

	private static String[] split(String path) {
		String trimmed = path;
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
	}

}

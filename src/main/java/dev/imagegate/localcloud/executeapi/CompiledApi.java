package dev.imagegate.localcloud.executeapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.imagegate.localcloud.apigateway.model.ApiSnapshot;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.RequestValidator;
import dev.imagegate.localcloud.apigateway.model.Resource;

/**
 * A deployment's snapshot made ready to serve: resource paths split into segments once,
 * ordered so that the most specific resource wins (a literal part before {@code {param}},
 * before a greedy {@code {param+}}), as API Gateway routes. Immutable, so one instance
 * serves every request of that deployment.
 */
final class CompiledApi {

	private final List<Route> routes;

	private final Map<String, RequestValidator> validators;

	private final List<String> binaryMediaTypes;

	private CompiledApi(List<Route> routes, Map<String, RequestValidator> validators, List<String> binaryMediaTypes) {
		this.routes = routes;
		this.validators = validators;
		this.binaryMediaTypes = binaryMediaTypes;
	}

	static CompiledApi compile(ApiSnapshot snapshot) {
		List<Route> routes = new ArrayList<>();
		if (snapshot.resources != null) {
			for (Resource resource : snapshot.resources.values()) {
				if (resource.path != null && resource.resourceMethods != null && !resource.resourceMethods.isEmpty()) {
					routes.add(Route.of(resource));
				}
			}
		}
		routes.sort(Comparator.comparing((Route route) -> route.rank));
		return new CompiledApi(List.copyOf(routes),
				(snapshot.requestValidators != null) ? Map.copyOf(snapshot.requestValidators) : Map.of(),
				(snapshot.binaryMediaTypes != null) ? List.copyOf(snapshot.binaryMediaTypes) : List.of());
	}

	/**
	 * The resource and method for a request, or 403 Missing Authentication Token as AWS
	 * answers.
	 */
	RouteMatch route(String httpMethod, List<String> path) {
		for (Route route : routes) {
			Map<String, String> parameters = route.match(path);
			if (parameters == null) {
				continue;
			}
			Method method = route.methods.get(httpMethod);
			if (method == null) {
				method = route.methods.get("ANY");
			}
			if (method == null) {
				// The most specific path decides; AWS does not fall back to a wider
				// resource.
				throw ExecuteApiException.missingAuthenticationToken();
			}
			return new RouteMatch(route.path, method, parameters);
		}
		throw ExecuteApiException.missingAuthenticationToken();
	}

	Optional<RequestValidator> validator(String id) {
		return Optional.ofNullable((id != null) ? validators.get(id) : null);
	}

	List<String> binaryMediaTypes() {
		return binaryMediaTypes;
	}

	record RouteMatch(String resourcePath, Method method, Map<String, String> pathParameters) {
	}

	private static final class Route {

		private final String path;

		private final List<String> segments;

		private final Map<String, Method> methods;

		/**
		 * Sorts routes most specific first: per segment, 0 literal, 1 parameter, 2
		 * greedy.
		 */
		private final String rank;

		private Route(String path, List<String> segments, Map<String, Method> methods, String rank) {
			this.path = path;
			this.segments = segments;
			this.methods = methods;
			this.rank = rank;
		}

		static Route of(Resource resource) {
			List<String> segments = resource.path.equals("/") ? List.of()
					: List.of(resource.path.substring(1).split("/"));
			StringBuilder rank = new StringBuilder();
			for (String segment : segments) {
				rank.append(!isParameter(segment) ? '0' : segment.endsWith("+}") ? '2' : '1');
			}
			// Longer paths first among equals, so /a/{b} is tried before /a/{b+}'s
			// shorter cousins.
			rank.append('9');
			return new Route(resource.path, segments, new LinkedHashMap<>(resource.resourceMethods), rank.toString());
		}

		/** The path parameters when the request path fits this resource, else null. */
		Map<String, String> match(List<String> request) {
			Map<String, String> parameters = new LinkedHashMap<>();
			for (int i = 0; i < segments.size(); i++) {
				String segment = segments.get(i);
				if (isParameter(segment) && segment.endsWith("+}")) {
					if (i >= request.size()) {
						return null;
					}
					parameters.put(segment.substring(1, segment.length() - 2),
							String.join("/", request.subList(i, request.size())));
					return parameters;
				}
				if (i >= request.size()) {
					return null;
				}
				if (isParameter(segment)) {
					parameters.put(segment.substring(1, segment.length() - 1), request.get(i));
				}
				else if (!segment.equals(request.get(i))) {
					return null;
				}
			}
			return (request.size() == segments.size()) ? parameters : null;
		}

		private static boolean isParameter(String segment) {
			return segment.startsWith("{") && segment.endsWith("}");
		}

	}

}

package dev.imagegate.localcloud.apigateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import dev.imagegate.localcloud.apigateway.model.EndpointConfiguration;
import dev.imagegate.localcloud.apigateway.model.Resource;
import dev.imagegate.localcloud.apigateway.model.RestApi;

/** CreateRestApi, GetRestApi(s), UpdateRestApi, DeleteRestApi. */
class RestApiService {

	static final Set<String> ENDPOINT_TYPES = Set.of("EDGE", "REGIONAL", "PRIVATE");

	private static final Set<String> API_KEY_SOURCES = Set.of("HEADER", "AUTHORIZER");

	private final ApiGatewayStore store;

	private final String accountId;

	RestApiService(ApiGatewayStore store, String accountId) {
		this.store = store;
		this.accountId = accountId;
	}

	/** The new API, with AWS's defaults and its root resource {@code /}. */
	RestApi create(RestApi request) {
		RestApi api = request;
		api.id = Ids.restApiId();
		api.createdDate = Instant.now().getEpochSecond();
		api.apiKeySource = (api.apiKeySource != null) ? api.apiKeySource : "HEADER";
		if (!API_KEY_SOURCES.contains(api.apiKeySource)) {
			throw Errors.badRequest("Invalid API Key source specified: " + api.apiKeySource);
		}
		api.disableExecuteApiEndpoint = Boolean.TRUE.equals(api.disableExecuteApiEndpoint);
		api.endpointConfiguration = endpointConfiguration(api.endpointConfiguration);
		api.binaryMediaTypes = emptyToNull(api.binaryMediaTypes);
		ApiGatewayTags.check(api.tags);
		api.tags = (api.tags == null || api.tags.isEmpty()) ? null : new LinkedHashMap<>(api.tags);
		Resource root = new Resource();
		root.id = Ids.resourceId();
		root.path = "/";
		api.rootResourceId = root.id;
		ApiRecord record = new ApiRecord();
		record.api = api;
		record.resources.put(root.id, root);
		return store.write((state) -> {
			state.apis.put(api.id, record);
			return api;
		});
	}

	private static EndpointConfiguration endpointConfiguration(EndpointConfiguration requested) {
		EndpointConfiguration configuration = (requested != null) ? requested : new EndpointConfiguration();
		if (configuration.types == null || configuration.types.isEmpty()) {
			configuration.types = List.of("EDGE");
		}
		if (configuration.types.size() != 1 || !ENDPOINT_TYPES.contains(configuration.types.get(0))) {
			throw Errors.badRequest("Invalid endpoint configuration types " + configuration.types
					+ ": exactly one of EDGE, REGIONAL, PRIVATE");
		}
		if (configuration.ipAddressType == null) {
			configuration.ipAddressType = "ipv4";
		}
		return configuration;
	}

	RestApi get(String apiId) {
		return store.read((state) -> state.api(accountId, apiId).api);
	}

	List<RestApi> list() {
		return store.read((state) -> state.apis.values().stream().map((record) -> record.api).toList());
	}

	RestApi update(String apiId, List<PatchOperation> operations) {
		return store.write((state) -> {
			RestApi api = state.api(accountId, apiId).api;
			for (PatchOperation op : operations) {
				apply(api, op);
			}
			return api;
		});
	}

	void delete(String apiId) {
		store.write((state) -> {
			state.api(accountId, apiId);
			return state.apis.remove(apiId);
		});
	}

	private static void apply(RestApi api, PatchOperation op) {
		List<String> path = op.segments();
		String first = path.get(0);
		if (path.size() == 1 && op.is("replace")) {
			switch (first) {
				case "name" -> api.name = nonBlank(op.requiredValue(), "name");
				case "description" -> api.description = op.value();
				case "version" -> api.version = op.value();
				case "policy" -> api.policy = op.value();
				case "apiKeySource" -> api.apiKeySource = oneOf(op.requiredValue(), API_KEY_SOURCES, "API Key source");
				case "disableExecuteApiEndpoint" -> api.disableExecuteApiEndpoint = Boolean.parseBoolean(op.value());
				case "minimumCompressionSize" -> api.minimumCompressionSize = (op.value() == null || op.value().isEmpty())
						? null : parseInt(op.value());
				default -> throw op.unsupported();
			}
		}
		else if (first.equals("binaryMediaTypes")) {
			patchBinaryMediaTypes(api, op, path);
		}
		else if (first.equals("endpointConfiguration") && path.size() == 3 && path.get(1).equals("types")
				&& op.is("replace")) {
			String type = oneOf(op.requiredValue(), ENDPOINT_TYPES, "endpoint type");
			api.endpointConfiguration.types = List.of(type);
		}
		else {
			throw op.unsupported();
		}
	}

	/** The media type is the path's last segment ({@code ~1} for {@code /}), never the value. */
	private static void patchBinaryMediaTypes(RestApi api, PatchOperation op, List<String> path) {
		if (path.size() != 2 || path.get(1).isEmpty()) {
			throw Errors.badRequest("Invalid patch path " + op.path());
		}
		String type = path.get(1);
		List<String> types = new ArrayList<>((api.binaryMediaTypes != null) ? api.binaryMediaTypes : List.of());
		if (op.is("add")) {
			if (!types.contains(type)) {
				types.add(type);
			}
		}
		else if (op.is("remove")) {
			types.remove(type);
		}
		else if (op.is("replace")) {
			String replacement = nonBlank(op.requiredValue(), "binary media type");
			types.replaceAll((t) -> t.equals(type) ? replacement : t);
		}
		else {
			throw op.unsupported();
		}
		api.binaryMediaTypes = emptyToNull(types);
	}

	private static List<String> emptyToNull(List<String> values) {
		return (values == null || values.isEmpty()) ? null : new ArrayList<>(values);
	}

	private static String nonBlank(String value, String what) {
		if (value.isBlank()) {
			throw Errors.badRequest("Invalid " + what + ": must not be empty");
		}
		return value;
	}

	private static String oneOf(String value, Set<String> allowed, String what) {
		if (!allowed.contains(value)) {
			throw Errors.badRequest("Invalid " + what + " specified: " + value);
		}
		return value;
	}

	private static int parseInt(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw Errors.badRequest("Invalid integer value: " + value);
		}
	}

}

package dev.imagegate.localcloud.apigateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import dev.imagegate.localcloud.apigateway.model.EndpointConfiguration;
import dev.imagegate.localcloud.apigateway.model.Resource;
import dev.imagegate.localcloud.apigateway.model.RestApi;

/** CreateRestApi, GetRestApi(s), UpdateRestApi, DeleteRestApi. */
class RestApiService {

	/** minimumCompressionSize's largest value, 10 MiB. */
	static final int MAX_COMPRESSION_SIZE = 10485760;

	private final ApiGatewayStore store;

	private final String accountId;

	RestApiService(ApiGatewayStore store, String accountId) {
		this.store = store;
		this.accountId = accountId;
	}

	/** The new API, with AWS's defaults and its root resource {@code /}. */
	RestApi create(RestApi request) {
		RestApi api = request;
		if ("".equals(api.description)) {
			throw Errors.badRequest("Description cannot be an empty string");
		}
		checkCompressionSize(api.minimumCompressionSize);
		api.id = Ids.restApiId();
		api.createdDate = Instant.now().getEpochSecond();
		api.apiKeySource = (api.apiKeySource != null) ? api.apiKeySource : "HEADER";
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

	/**
	 * One endpoint type (EDGE unless given); a private API is reachable over dualstack
	 * only.
	 */
	private static EndpointConfiguration endpointConfiguration(EndpointConfiguration requested) {
		EndpointConfiguration configuration = (requested != null) ? requested : new EndpointConfiguration();
		if (configuration.types == null) {
			configuration.types = List.of("EDGE");
		}
		if (configuration.types.isEmpty()) {
			throw Errors.badRequest("REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.");
		}
		if (configuration.types.size() > 1) {
			throw Errors.badRequest("Cannot create an api with multiple Endpoint Types.");
		}
		boolean isPrivate = configuration.types.get(0).equals("PRIVATE");
		if (configuration.ipAddressType == null) {
			configuration.ipAddressType = isPrivate ? "dualstack" : "ipv4";
		}
		checkPrivateDualstack(configuration);
		return configuration;
	}

	private static void checkPrivateDualstack(EndpointConfiguration configuration) {
		if (configuration.types.contains("PRIVATE") && !"dualstack".equals(configuration.ipAddressType)) {
			throw Errors.badRequest("Only dualstack ipAddressType is supported for Private APIs.");
		}
	}

	static void checkCompressionSize(Integer size) {
		if (size != null && (size < 0 || size > MAX_COMPRESSION_SIZE)) {
			throw compressionSizeError();
		}
	}

	static RuntimeException compressionSizeError() {
		return Errors.badRequest("Invalid minimum compression size, must be between 0 and " + MAX_COMPRESSION_SIZE);
	}

	RestApi get(String apiId) {
		return store.read((state) -> state.api(accountId, apiId).api);
	}

	List<RestApi> list() {
		return store.read((state) -> state.apis.values().stream().map((record) -> record.api).toList());
	}

	/**
	 * The patched API as UpdateRestApi answers it: with its tags, an empty map when it
	 * has none.
	 */
	RestApi update(String apiId, List<PatchOperation> operations) {
		RestApi patched = store.write((state) -> {
			RestApi api = state.api(accountId, apiId).api;
			for (PatchOperation op : operations) {
				RestApiPatches.apply(api, op);
			}
			return api;
		});
		RestApi answer = ApiGatewayJson.copy(store.mapper(), patched, RestApi.class);
		answer.tags = (answer.tags != null) ? answer.tags : new LinkedHashMap<>();
		return answer;
	}

	void delete(String apiId) {
		store.write((state) -> {
			state.api(accountId, apiId);
			return state.apis.remove(apiId);
		});
	}

	static List<String> emptyToNull(List<String> values) {
		return (values == null || values.isEmpty()) ? null : new ArrayList<>(values);
	}

}

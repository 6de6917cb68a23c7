package dev.imagegate.localcloud.apigateway;

import dev.imagegate.localcloud.apigateway.model.EndpointConfiguration;
import dev.imagegate.localcloud.apigateway.model.RestApi;
import tools.jackson.databind.JsonNode;

/** The wire side of REST APIs: request members in, RestApi shapes out. */
final class RestApiHandlers {

	private final RestApiService service;

	RestApiHandlers(RestApiService service) {
		this.service = service;
	}

	void register(Router router) {
		router.add("POST", "/restapis", "CreateRestApi", this::create)
			.add("GET", "/restapis", "GetRestApis", (call) -> Reply.ok(Paging.page(service.list(), call)))
			.add("GET", "/restapis/{restapi_id}", "GetRestApi",
					(call) -> Reply.ok(service.get(call.path("restapi_id"))))
			.add("PATCH", "/restapis/{restapi_id}", "UpdateRestApi",
					(call) -> Reply
						.ok(service.update(call.path("restapi_id"), call.patchOperations("updateRestApiInput"))))
			.add("DELETE", "/restapis/{restapi_id}", "DeleteRestApi", (call) -> {
				service.delete(call.path("restapi_id"));
				return Reply.accepted();
			});
	}

	private Reply create(Call call) {
		RestApi api = new RestApi();
		api.name = call.requiredString("name");
		api.description = call.string("description");
		api.version = call.string("version");
		api.binaryMediaTypes = call.strings("binaryMediaTypes");
		api.minimumCompressionSize = compressionSize(call);
		api.apiKeySource = call.string("apiKeySource");
		api.policy = call.string("policy");
		api.tags = call.stringMap("tags");
		api.disableExecuteApiEndpoint = call.bool("disableExecuteApiEndpoint");
		JsonNode endpoint = call.object("endpointConfiguration");
		if (!endpoint.isMissingNode()) {
			api.endpointConfiguration = new EndpointConfiguration();
			JsonNode types = endpoint.get("types");
			if (types != null && types.isArray()) {
				api.endpointConfiguration.types = types.values().stream().map(JsonNode::asString).toList();
			}
			JsonNode ipAddressType = endpoint.get("ipAddressType");
			api.endpointConfiguration.ipAddressType = (ipAddressType != null) ? ipAddressType.asString() : null;
			JsonNode vpcEndpointIds = endpoint.get("vpcEndpointIds");
			if (vpcEndpointIds != null && vpcEndpointIds.isArray()) {
				api.endpointConfiguration.vpcEndpointIds = vpcEndpointIds.values()
					.stream()
					.map(JsonNode::asString)
					.toList();
			}
		}
		new Constraints("createRestApiInput").oneOf("apiKeySource", api.apiKeySource, Constraints.API_KEY_SOURCES)
			.eachOneOf("endpointConfiguration.types",
					(api.endpointConfiguration != null) ? api.endpointConfiguration.types : null,
					Constraints.ENDPOINT_TYPES)
			.oneOf("endpointConfiguration.ipAddressType",
					(api.endpointConfiguration != null) ? api.endpointConfiguration.ipAddressType : null,
					Constraints.IP_ADDRESS_TYPES)
			.check();
		if (call.has("cloneFrom")) {
			throw Errors.badRequest("cloneFrom is not supported by the imagegate local cloud");
		}
		return Reply.created(service.create(api));
	}

	/** AWS answers a size that is not a number as it answers one out of range. */
	private static Integer compressionSize(Call call) {
		try {
			return call.integer("minimumCompressionSize");
		}
		catch (RuntimeException ex) {
			throw RestApiService.compressionSizeError();
		}
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::ApiGateway::RequestValidator}: RestApiId (replacing), Name,
 * ValidateRequestBody, ValidateRequestParameters. Ref is the validator's id.
 */
final class RequestValidatorType implements ResourceType {

	private final CloudClients clients;

	RequestValidatorType(CloudClients clients) {
		this.clients = clients;
	}

	@Override
	public String type() {
		return "AWS::ApiGateway::RequestValidator";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("RequestValidatorId");
	}

	@Override
	public Provisioned create(ResourceContext context, Properties properties) {
		String name = properties.string("Name");
		String id = clients.apiGateway()
			.createRequestValidator((r) -> r.restApiId(properties.required("RestApiId"))
				.name((name != null) ? name : context.generatedName(64, false))
				.validateRequestBody(properties.bool("ValidateRequestBody"))
				.validateRequestParameters(properties.bool("ValidateRequestParameters")))
			.id();
		return new Provisioned(id, Map.of("RequestValidatorId", id));
	}

	@Override
	public boolean needsReplacement(Properties old, Properties properties) {
		return properties.differs(old, "RestApiId");
	}

	@Override
	public Provisioned update(ResourceContext context, StackState.Resource current, Properties properties) {
		Properties old = new Properties(current.properties);
		ApiPatches patches = new ApiPatches().replaceIfChanged("/name", old.string("Name"), properties.string("Name"))
			.replaceIfChanged("/validateRequestBody", flag(old, "ValidateRequestBody"),
					flag(properties, "ValidateRequestBody"))
			.replaceIfChanged("/validateRequestParameters", flag(old, "ValidateRequestParameters"),
					flag(properties, "ValidateRequestParameters"));
		if (!patches.isEmpty()) {
			clients.apiGateway()
				.updateRequestValidator((u) -> u.restApiId(properties.required("RestApiId"))
					.requestValidatorId(current.physicalId)
					.patchOperations(patches.operations()));
		}
		return new Provisioned(current.physicalId, current.attributes);
	}

	@Override
	public void delete(StackState.Resource resource) {
		clients.apiGateway()
			.deleteRequestValidator((d) -> d.restApiId(String.valueOf(resource.properties.get("RestApiId")))
				.requestValidatorId(resource.physicalId));
	}

	private static boolean flag(Properties properties, String name) {
		return Boolean.TRUE.equals(properties.bool(name));
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.EndpointConfiguration;
import software.amazon.awssdk.services.apigateway.model.EndpointType;

/**
 * {@code AWS::ApiGateway::RestApi}: Name, Description, BinaryMediaTypes,
 * EndpointConfiguration, Tags. Ref is the API's id; {@code RootResourceId} the id of its
 * {@code /}.
 */
final class RestApiType implements ResourceType {

	private final CloudClients clients;

	RestApiType(CloudClients clients) {
		this.clients = clients;
	}

	@Override
	public String type() {
		return "AWS::ApiGateway::RestApi";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("RestApiId", "RootResourceId");
	}

	@Override
	public Provisioned create(ResourceContext context, Properties properties) {
		Map<String, String> tags = properties.tags();
		CreateRestApiResponse api = clients.apiGateway()
			.createRestApi((r) -> r.name(properties.required("Name"))
				.description(properties.string("Description"))
				.binaryMediaTypes(properties.strings("BinaryMediaTypes"))
				.endpointConfiguration((types(properties) != null)
						? EndpointConfiguration.builder().typesWithStrings(types(properties)).build() : null)
				.tags(tags.isEmpty() ? null : tags));
		return new Provisioned(api.id(), Map.of("RestApiId", api.id(), "RootResourceId", api.rootResourceId()));
	}

	@Override
	public boolean needsReplacement(Properties old, Properties properties) {
		return false;
	}

	@Override
	public Provisioned update(ResourceContext context, StackState.Resource current, Properties properties) {
		Properties old = new Properties(current.properties);
		ApiPatches patches = new ApiPatches().replaceIfChanged("/name", old.string("Name"), properties.string("Name"))
			.replaceIfChanged("/description", old.string("Description"), properties.string("Description"));
		List<String> oldTypes = orEmpty(old.strings("BinaryMediaTypes"));
		List<String> newTypes = orEmpty(properties.strings("BinaryMediaTypes"));
		oldTypes.stream()
			.filter((t) -> !newTypes.contains(t))
			.forEach((t) -> patches.remove("/binaryMediaTypes/" + ApiPatches.escape(t)));
		newTypes.stream()
			.filter((t) -> !oldTypes.contains(t))
			.forEach((t) -> patches.add("/binaryMediaTypes/" + ApiPatches.escape(t), null));
		List<String> oldEndpoint = types(old);
		List<String> newEndpoint = types(properties);
		if (newEndpoint != null && !newEndpoint.equals(oldEndpoint)) {
			String from = (oldEndpoint != null) ? oldEndpoint.get(0) : EndpointType.EDGE.toString();
			patches.replace("/endpointConfiguration/types/" + from, newEndpoint.get(0));
		}
		ApiGatewayClient apiGateway = clients.apiGateway();
		if (!patches.isEmpty()) {
			apiGateway.updateRestApi((u) -> u.restApiId(current.physicalId).patchOperations(patches.operations()));
		}
		if (properties.differs(old, "Tags")) {
			String arn = "arn:aws:apigateway:" + context.region() + "::/restapis/" + current.physicalId;
			List<String> removed = old.tags()
				.keySet()
				.stream()
				.filter((k) -> !properties.tags().containsKey(k))
				.toList();
			if (!removed.isEmpty()) {
				apiGateway.untagResource((u) -> u.resourceArn(arn).tagKeys(removed));
			}
			if (!properties.tags().isEmpty()) {
				apiGateway.tagResource((t) -> t.resourceArn(arn).tags(properties.tags()));
			}
		}
		return new Provisioned(current.physicalId, current.attributes);
	}

	@Override
	public void delete(StackState.Resource resource) {
		clients.apiGateway().deleteRestApi((d) -> d.restApiId(resource.physicalId));
	}

	private static List<String> types(Properties properties) {
		Properties endpoint = properties.object("EndpointConfiguration");
		return (endpoint != null) ? endpoint.strings("Types") : null;
	}

	private static List<String> orEmpty(List<String> list) {
		return (list != null) ? list : List.of();
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::ApiGateway::Resource}: RestApiId, ParentId, PathPart, each replacing. Ref
 * is the resource's id.
 */
final class ApiResourceType implements ResourceType {

	private final CloudClients clients;

	ApiResourceType(CloudClients clients) {
		this.clients = clients;
	}

	@Override
	public String type() {
		return "AWS::ApiGateway::Resource";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("ResourceId");
	}

	@Override
	public Provisioned create(ResourceContext context, Properties properties) {
		String id = clients.apiGateway()
			.createResource((r) -> r.restApiId(properties.required("RestApiId"))
				.parentId(properties.required("ParentId"))
				.pathPart(properties.required("PathPart")))
			.id();
		return new Provisioned(id, Map.of("ResourceId", id));
	}

	@Override
	public boolean needsReplacement(Properties old, Properties properties) {
		return true;
	}

	@Override
	public Provisioned update(ResourceContext context, StackState.Resource current, Properties properties) {
		throw new UnsupportedOperationException("AWS::ApiGateway::Resource is replaced, never updated");
	}

	@Override
	public void delete(StackState.Resource resource) {
		clients.apiGateway()
			.deleteResource((d) -> d.restApiId(String.valueOf(resource.properties.get("RestApiId")))
				.resourceId(resource.physicalId));
	}

}

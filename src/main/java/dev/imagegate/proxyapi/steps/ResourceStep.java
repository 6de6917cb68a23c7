package dev.imagegate.proxyapi.steps;

import java.util.ArrayList;
import java.util.List;

import dev.imagegate.cloud.AwsClients;

import software.amazon.awssdk.services.apigateway.model.Resource;

/** The tutorial's step 4: the resource, e.g. {@code /s3}, under the API's root. */
public class ResourceStep implements ProvisioningStep {

	private final AwsClients clients;

	public ResourceStep(AwsClients clients) {
		this.clients = clients;
	}

	@Override
	public String name() {
		return "resource";
	}

	@Override
	public String title() {
		return "REST resource";
	}

	@Override
	public List<Change> changes(ProvisioningContext context) {
		String pathPart = context.spec().resource();
		List<Change> changes = new ArrayList<>();
		if (context.apiId != null && !context.apiCreated) {
			// An API that existed before this run: look for the resource.
			for (Resource resource : clients.apiGateway()
				.getResourcesPaginator((g) -> g.restApiId(context.apiId).limit(500))
				.items()) {
				if ("/".equals(resource.path())) {
					context.rootResourceId = resource.id();
				}
				else if (("/" + pathPart).equals(resource.path())) {
					context.resourceId = resource.id();
				}
			}
		}
		else if (context.apiId != null && context.rootResourceId == null) {
			// Just created: only the root exists; older endpoints do not return its id at
			// creation.
			context.rootResourceId = clients.apiGateway()
				.getResources((g) -> g.restApiId(context.apiId))
				.items()
				.stream()
				.filter((r) -> "/".equals(r.path()))
				.findFirst()
				.map(Resource::id)
				.orElseThrow();
		}
		if (context.resourceId != null) {
			context.id("resourceId", context.resourceId);
			return changes;
		}
		changes.add(new Change("CreateResource", Cli.of("apigateway", "create-resource")
			.arg("--rest-api-id", context.apiIdOrPlaceholder())
			.arg("--parent-id", (context.rootResourceId != null) ? context.rootResourceId : "<root-resource-id>")
			.arg("--path-part", pathPart)
			.toString(), () -> {
				context.resourceId = clients.apiGateway()
					.createResource(
							(c) -> c.restApiId(context.apiId).parentId(context.rootResourceId).pathPart(pathPart))
					.id();
				context.apiChanged = true;
				context.id("resourceId", context.resourceId);
			}));
		return changes;
	}

}

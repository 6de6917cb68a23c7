package dev.imagegate.localcloud.apigateway;

import java.util.List;

import dev.imagegate.localcloud.apigateway.model.Resource;

/** The wire side of resources. */
final class ResourceHandlers {

	private final ResourceService service;

	ResourceHandlers(ResourceService service) {
		this.service = service;
	}

	void register(Router router) {
		router.add("GET", "/restapis/{restapi_id}/resources", "GetResources", (call) -> {
			boolean embed = embedsMethods(call);
			List<Resource> resources = service.list(call.path("restapi_id"))
				.stream()
				.map((resource) -> ResourceService.render(resource, embed))
				.toList();
			return Reply.ok(Paging.page(resources, call));
		})
			.add("GET", "/restapis/{restapi_id}/resources/{resource_id}", "GetResource",
					(call) -> Reply.ok(ResourceService
						.render(service.get(call.path("restapi_id"), call.path("resource_id")), embedsMethods(call))))
			.add("POST", "/restapis/{restapi_id}/resources/{parent_id}", "CreateResource",
					(call) -> Reply.created(ResourceService.render(service.create(call.path("restapi_id"),
							call.path("parent_id"), call.requiredString("pathPart")), false)))
			.add("PATCH", "/restapis/{restapi_id}/resources/{resource_id}", "UpdateResource",
					(call) -> Reply.ok(ResourceService.render(service.update(call.path("restapi_id"),
							call.path("resource_id"), call.patchOperations("updateResourceInput")), false)))
			.add("DELETE", "/restapis/{restapi_id}/resources/{resource_id}", "DeleteResource", (call) -> {
				service.delete(call.path("restapi_id"), call.path("resource_id"));
				return Reply.accepted();
			});
	}

	/** {@code embed=methods}, possibly among other comma-separated or repeated values. */
	private static boolean embedsMethods(Call call) {
		return call.queryAll("embed")
			.stream()
			.flatMap((v) -> List.of(v.split(",")).stream())
			.anyMatch("methods"::equals);
	}

}

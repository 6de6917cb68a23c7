package dev.imagegate.localcloud.apigateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.Resource;

/**
 * CreateResource, GetResource(s), UpdateResource, DeleteResource: the API's tree of
 * paths. GetResources lists them by path, as AWS does.
 */
class ResourceService {

	/** A literal part, a {@code {param}} or a greedy {@code {param+}}. */
	private static final Pattern PATH_PART = Pattern.compile("[a-zA-Z0-9._:-]+|\\{[a-zA-Z0-9._-]+\\+?}");

	private final ApiGatewayStore store;

	private final String accountId;

	ResourceService(ApiGatewayStore store, String accountId) {
		this.store = store;
		this.accountId = accountId;
	}

	Resource create(String apiId, String parentId, String pathPart) {
		return store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			Resource parent = api.resource(parentId);
			checkPathPart(pathPart);
			checkParent(parent);
			checkSiblings(api, parentId, pathPart, null);
			Resource resource = new Resource();
			resource.id = Ids.resourceId();
			resource.parentId = parentId;
			resource.pathPart = pathPart;
			resource.path = (parent.path.equals("/") ? "" : parent.path) + "/" + pathPart;
			api.resources.put(resource.id, resource);
			return resource;
		});
	}

	private static void checkPathPart(String pathPart) {
		if (!PATH_PART.matcher(pathPart).matches()) {
			throw Errors.badRequest("Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning "
					+ "and the end and an optional plus sign before the closing brace.");
		}
	}

	private static void checkParent(Resource parent) {
		if (parent.pathPart != null && parent.pathPart.endsWith("+}")) {
			throw Errors
				.badRequest("Cannot create a child of a resource with a greedy path variable: " + parent.pathPart);
		}
	}

	/**
	 * Names are unique among siblings, and only one sibling may be a variable;
	 * {@code self} is not its own sibling.
	 */
	private static void checkSiblings(ApiRecord api, String parentId, String pathPart, String self) {
		for (Resource sibling : api.resources.values()) {
			if (!parentId.equals(sibling.parentId) || sibling.id.equals(self)) {
				continue;
			}
			if (sibling.pathPart.equals(pathPart)) {
				throw Errors.conflict("Another resource with the same parent already has this name: " + pathPart);
			}
			if (sibling.pathPart.startsWith("{") && pathPart.startsWith("{")) {
				throw Errors.badRequest("A sibling (" + sibling.pathPart
						+ ") of this resource already has a variable path part -- only one is allowed");
			}
		}
	}

	/**
	 * UpdateResource: a new pathPart or parentId, as AWS answers them (LocalStack's
	 * AWS-recorded test_update_resource_behaviour and test_update_resource_on_root
	 * snapshots).
	 */
	Resource update(String apiId, String resourceId, List<PatchOperation> operations) {
		return store.write((state) -> {
			ApiRecord api = state.api(apiId, Errors::missingResource);
			Resource resource = api.resource(resourceId);
			for (PatchOperation op : operations) {
				if (!op.is("replace")) {
					throw op.unsupportedOp();
				}
				switch (String.valueOf(op.path())) {
					case "/pathPart" -> movePathPart(api, resource, op.requiredValue());
					case "/parentId" -> moveParent(api, resource, op.requiredValue());
					default -> throw op.notOneOf("/parentId, /pathPart");
				}
			}
			return resource;
		});
	}

	private static void movePathPart(ApiRecord api, Resource resource, String pathPart) {
		if (resource.parentId == null) {
			throw Errors.badRequest("Root resource cannot update its pathPart.");
		}
		checkPathPart(pathPart);
		checkSiblings(api, resource.parentId, pathPart, resource.id);
		resource.pathPart = pathPart;
		repath(api, resource);
	}

	private static void moveParent(ApiRecord api, Resource resource, String parentId) {
		if (resource.parentId == null) {
			throw Errors.badRequest("Root resource cannot update its parentId.");
		}
		Resource parent = api.resource(parentId);
		if (subtree(api, resource.id).contains(parentId)) {
			throw Errors.badRequest("Resources cannot be cyclical.");
		}
		checkParent(parent);
		checkSiblings(api, parentId, resource.pathPart, resource.id);
		resource.parentId = parentId;
		repath(api, resource);
	}

	/** The resource's path, and every path below it, from its parent's. */
	private static void repath(ApiRecord api, Resource top) {
		for (String id : subtree(api, top.id)) {
			Resource resource = api.resources.get(id);
			String parentPath = api.resources.get(resource.parentId).path;
			resource.path = (parentPath.equals("/") ? "" : parentPath) + "/" + resource.pathPart;
		}
	}

	/** The resource's id and its descendants' ids, parents before children. */
	private static List<String> subtree(ApiRecord api, String resourceId) {
		List<String> ids = new ArrayList<>(List.of(resourceId));
		for (int i = 0; i < ids.size(); i++) {
			String parent = ids.get(i);
			api.resources.values().stream().filter((r) -> parent.equals(r.parentId)).forEach((r) -> ids.add(r.id));
		}
		return ids;
	}

	Resource get(String apiId, String resourceId) {
		return store.read((state) -> state.api(apiId, Errors::missingResource).resource(resourceId));
	}

	List<Resource> list(String apiId) {
		return store.read((state) -> state.api(accountId, apiId).resources.values()
			.stream()
			.sorted(Comparator.comparing((Resource resource) -> resource.path))
			.toList());
	}

	/** Deletes the resource and everything below it; the root stays. */
	void delete(String apiId, String resourceId) {
		store.write((state) -> {
			ApiRecord api = state.api(apiId, Errors::missingResource);
			Resource resource = api.resource(resourceId);
			if (resource.parentId == null) {
				throw Errors.badRequest("Cannot delete the root resource of an API");
			}
			subtree(api, resourceId).forEach(api.resources::remove);
			return null;
		});
	}

	/**
	 * The resource as AWS sends it: its methods in full when asked to embed them,
	 * otherwise each as an empty object that only says the method exists.
	 */
	static Resource render(Resource resource, boolean embedMethods) {
		Resource view = new Resource();
		view.id = resource.id;
		view.parentId = resource.parentId;
		view.pathPart = resource.pathPart;
		view.path = resource.path;
		if (resource.resourceMethods != null && !resource.resourceMethods.isEmpty()) {
			Map<String, Method> methods = new LinkedHashMap<>();
			resource.resourceMethods.forEach((name, method) -> methods.put(name, embedMethods ? method : new Method()));
			view.resourceMethods = methods;
		}
		return view;
	}

}

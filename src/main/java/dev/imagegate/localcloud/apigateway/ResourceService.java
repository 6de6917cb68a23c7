package dev.imagegate.localcloud.apigateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.Resource;

/** CreateResource, GetResource(s), DeleteResource: the API's tree of paths. */
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
		if (!PATH_PART.matcher(pathPart).matches()) {
			throw Errors.badRequest("Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning "
					+ "and the end and an optional plus sign before the closing brace.");
		}
		return store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			Resource parent = api.resource(parentId);
			if (parent.pathPart != null && parent.pathPart.endsWith("+}")) {
				throw Errors.badRequest("Cannot create a child of a resource with a greedy path variable: " + parent.pathPart);
			}
			for (Resource sibling : api.resources.values()) {
				if (!parentId.equals(sibling.parentId)) {
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
			Resource resource = new Resource();
			resource.id = Ids.resourceId();
			resource.parentId = parentId;
			resource.pathPart = pathPart;
			resource.path = (parent.path.equals("/") ? "" : parent.path) + "/" + pathPart;
			api.resources.put(resource.id, resource);
			return resource;
		});
	}

	Resource get(String apiId, String resourceId) {
		return store.read((state) -> state.api(accountId, apiId).resource(resourceId));
	}

	List<Resource> list(String apiId) {
		return store.read((state) -> List.copyOf(state.api(accountId, apiId).resources.values()));
	}

	/** Deletes the resource and everything below it; the root stays. */
	void delete(String apiId, String resourceId) {
		store.write((state) -> {
			ApiRecord api = state.api(accountId, apiId);
			Resource resource = api.resource(resourceId);
			if (resource.parentId == null) {
				throw Errors.badRequest("Cannot delete the root resource of an API");
			}
			List<String> doomed = new ArrayList<>(List.of(resourceId));
			for (int i = 0; i < doomed.size(); i++) {
				String parent = doomed.get(i);
				api.resources.values().stream().filter((r) -> parent.equals(r.parentId)).forEach((r) -> doomed.add(r.id));
			}
			doomed.forEach(api.resources::remove);
			return null;
		});
	}

	/**
	 * The resource as AWS sends it: its methods in full when asked to embed them, otherwise
	 * each as an empty object that only says the method exists.
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

package dev.imagegate.localcloud.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries out a stack's creation, update and deletion, synchronously, in dependency
 * order: a failed creation deletes what it made ({@code ROLLBACK_COMPLETE}); a failed
 * update puts back what it changed and deletes what it made
 * ({@code UPDATE_ROLLBACK_COMPLETE}); a successful update deletes what was replaced or
 * removed last, as CloudFormation's cleanup does.
 */
final class StackDeployer {

	private final ResourceTypes types;

	private final ResourceOperations operations;

	private final String region;

	private final String accountId;

	StackDeployer(ResourceTypes types, String region, String accountId) {
		this.types = types;
		this.operations = new ResourceOperations(types, region, accountId);
		this.region = region;
		this.accountId = accountId;
	}

	void create(StackState.Stack stack, Template template, Map<String, String> parameters) {
		stack.lastUpdatedTime = StackEvents.now();
		StackEvents.stackStatus(stack, "CREATE_IN_PROGRESS", "User Initiated");
		Map<String, StackState.Resource> live = new LinkedHashMap<>();
		StackScope scope = scope(stack, template, parameters, live);
		String failed = null;
		for (String id : DependencyGraph.of(template).order()) {
			Template.ResourceDeclaration declaration = template.resources().get(id);
			if (!scope.includes(declaration)) {
				continue;
			}
			StackState.Resource created = operations.create(stack, declaration, scope, null);
			live.put(id, created);
			stack.resources.add(created);
			if (ResourceOperations.failed(created)) {
				failed = id;
				break;
			}
		}
		String outputsFailure = (failed == null) ? outputs(stack, template, scope) : null;
		if (failed == null && outputsFailure == null) {
			StackEvents.stackStatus(stack, "CREATE_COMPLETE", null);
			return;
		}
		String reason = (failed != null)
				? "The following resource(s) failed to create: [" + failed + "]. Rollback requested by user."
				: outputsFailure;
		if (stack.disableRollback) {
			StackEvents.stackStatus(stack, "CREATE_FAILED", reason);
			return;
		}
		StackEvents.stackStatus(stack, "ROLLBACK_IN_PROGRESS", reason);
		boolean clean = deleteAll(stack, new ArrayList<>(live.values()), template);
		stack.outputs = new ArrayList<>();
		StackEvents.stackStatus(stack, clean ? "ROLLBACK_COMPLETE" : "ROLLBACK_FAILED", null);
	}

	/**
	 * Updates the stack to {@code template}; true when it did, false when it rolled back.
	 */
	boolean update(StackState.Stack stack, Template old, Template template, Map<String, String> parameters) {
		StackEvents.stackStatus(stack, "UPDATE_IN_PROGRESS", "User Initiated");
		Map<String, StackState.Resource> live = new LinkedHashMap<>();
		stack.resources.stream()
			.filter((r) -> !"DELETE_COMPLETE".equals(r.status))
			.forEach((r) -> live.put(r.logicalId, r));
		Map<String, StackState.Resource> before = new LinkedHashMap<>(live);
		StackScope scope = scope(stack, template, parameters, live);
		List<StackState.Resource> made = new ArrayList<>();
		Set<String> changed = new LinkedHashSet<>();
		String failure = null;
		for (String id : DependencyGraph.of(template).order()) {
			Template.ResourceDeclaration declaration = template.resources().get(id);
			if (!scope.includes(declaration)) {
				continue;
			}
			failure = apply(stack, declaration, scope, live, made, changed);
			if (failure != null) {
				break;
			}
		}
		String outputsFailure = (failure == null) ? outputs(stack, template, scope) : null;
		if (failure == null && outputsFailure == null) {
			StackEvents.stackStatus(stack, "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null);
			List<StackState.Resource> obsolete = new ArrayList<>(before.values());
			// Removed from the template, or replaced by a new physical resource; updated
			// in place stays.
			obsolete.removeIf(
					(r) -> live.containsKey(r.logicalId) && r.physicalId.equals(live.get(r.logicalId).physicalId));
			deleteAll(stack, obsolete, old);
			stack.resources = new ArrayList<>(live.values());
			StackEvents.stackStatus(stack, "UPDATE_COMPLETE", null);
			return true;
		}
		StackEvents.stackStatus(stack, "UPDATE_ROLLBACK_IN_PROGRESS", (failure != null) ? failure : outputsFailure);
		StackScope oldScope = scope(stack, old, stack.parameters, before);
		for (String id : changed) {
			// Put back, from the properties as the old template resolves them.
			StackState.Resource current = live.get(id);
			Properties oldProperties = new Properties(before.get(id).properties);
			operations.update(stack, current, oldProperties);
		}
		StackEvents.stackStatus(stack, "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", null);
		deleteAll(stack, made, template);
		stack.resources = new ArrayList<>(before.values());
		outputs(stack, old, oldScope);
		StackEvents.stackStatus(stack, "UPDATE_ROLLBACK_COMPLETE", null);
		return false;
	}

	/**
	 * One resource of an update: created, replaced, updated or left alone; the stack's
	 * failure reason if it failed.
	 */
	private String apply(StackState.Stack stack, Template.ResourceDeclaration declaration, StackScope scope,
			Map<String, StackState.Resource> live, List<StackState.Resource> made, Set<String> changed) {
		String id = declaration.logicalId();
		StackState.Resource current = live.get(id);
		if (current == null || !current.type.equals(declaration.type())) {
			StackState.Resource created = operations.create(stack, declaration, scope, null);
			made.add(created);
			live.put(id, created);
			return ResourceOperations.failed(created) ? "The following resource(s) failed to create: [" + id + "]. "
					: null;
		}
		Properties properties;
		try {
			properties = ResourceOperations.properties(declaration, scope);
		}
		catch (RuntimeException ex) {
			StackEvents.resourceStatus(stack, current.copy(), "UPDATE_FAILED", ResourceOperations.reason(id, ex));
			return "The following resource(s) failed to update: [" + id + "]. ";
		}
		if (properties.values().equals(current.properties)) {
			return null;
		}
		boolean replacing = operations.needsReplacement(current, properties);
		if (replacing && operations.replacementConflicts(stack, current, properties)) {
			return "The following resource(s) failed to update: [" + id + "]. ";
		}
		StackState.Resource next = replacing ? operations.create(stack, declaration, scope, current)
				: operations.update(stack, current, properties);
		if (next == null || ResourceOperations.failed(next)) {
			if (!replacing) {
				// A failed in-place update may have changed part of the resource: the
				// rollback puts it back too.
				changed.add(id);
			}
			return "The following resource(s) failed to update: [" + id + "]. ";
		}
		if (next.physicalId.equals(current.physicalId)) {
			changed.add(id);
		}
		else {
			made.add(next);
		}
		live.put(id, next);
		return null;
	}

	/** Deletes the stack's resources, dependents first. */
	boolean delete(StackState.Stack stack, Template template) {
		StackEvents.stackStatus(stack, "DELETE_IN_PROGRESS", "User Initiated");
		List<StackState.Resource> live = stack.resources.stream()
			.filter((r) -> !"DELETE_COMPLETE".equals(r.status))
			.toList();
		if (!deleteAll(stack, live, template)) {
			List<String> failed = stack.resources.stream()
				.filter((r) -> "DELETE_FAILED".equals(r.status))
				.map((r) -> r.logicalId)
				.toList();
			StackEvents.stackStatus(stack, "DELETE_FAILED",
					"The following resource(s) failed to delete: " + failed + ". ");
			return false;
		}
		StackEvents.stackStatus(stack, "DELETE_COMPLETE", null);
		return true;
	}

	/**
	 * Deletes resources in the reverse of the template's dependency order; true when all
	 * went.
	 */
	private boolean deleteAll(StackState.Stack stack, List<StackState.Resource> resources, Template template) {
		List<StackState.Resource> ordered = new ArrayList<>();
		List<String> reverse = (template != null) ? DependencyGraph.of(template).reverseOrder() : List.of();
		for (String id : reverse) {
			resources.stream().filter((r) -> r.logicalId.equals(id)).forEach(ordered::add);
		}
		resources.stream().filter((r) -> !ordered.contains(r)).forEach((r) -> ordered.add(0, r));
		boolean clean = true;
		for (StackState.Resource resource : ordered) {
			clean &= operations.delete(stack, resource);
		}
		return clean;
	}

	/** Evaluates the outputs into the stack; the failure's reason when one cannot be. */
	private static String outputs(StackState.Stack stack, Template template, StackScope scope) {
		List<StackState.Output> outputs = new ArrayList<>();
		try {
			for (Map.Entry<String, Object> entry : template.outputs().entrySet()) {
				Map<?, ?> declaration = (Map<?, ?>) entry.getValue();
				if (declaration.get("Condition") instanceof String condition && !scope.condition(condition)) {
					continue;
				}
				StackState.Output output = new StackState.Output();
				output.outputKey = entry.getKey();
				output.outputValue = Intrinsics.scalar(scope.resolve(declaration.get("Value")));
				output.description = (declaration.get("Description") != null)
						? String.valueOf(declaration.get("Description")) : null;
				if (declaration.get("Export") instanceof Map<?, ?> export && export.get("Name") != null) {
					output.exportName = Intrinsics.scalar(scope.resolve(export.get("Name")));
				}
				outputs.add(output);
			}
		}
		catch (RuntimeException ex) {
			return ResourceOperations.reason("Outputs", ex);
		}
		stack.outputs = outputs;
		return null;
	}

	private StackScope scope(StackState.Stack stack, Template template, Map<String, String> parameters,
			Map<String, StackState.Resource> live) {
		return new StackScope(template, parameters,
				new PseudoParameters(region, accountId, stack.stackName, stack.stackId), live, types);
	}

}

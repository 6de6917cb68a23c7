package dev.imagegate.localcloud.cloudformation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The resource changes a change set lists: Add for a new resource, Remove for one the
 * template dropped, Modify for one whose declaration or parameters changed. Computed from
 * the templates alone, before anything runs, as CloudFormation does (it cannot know a
 * replacement's outcome yet).
 */
final class ChangeSetChanges {

	private ChangeSetChanges() {
	}

	static List<StackState.Change> between(StackState.Stack stack, StackPlan plan, ResourceTypes types) {
		Template old = (stack.templateBody != null && !stack.status.equals("REVIEW_IN_PROGRESS"))
				? Template.parse(stack.templateBody, types) : null;
		Set<String> changedParameters = plan.parameters()
			.entrySet()
			.stream()
			.filter((p) -> !p.getValue().equals(stack.parameters.get(p.getKey())))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		List<StackState.Change> changes = new ArrayList<>();
		for (Template.ResourceDeclaration resource : plan.template().resources().values()) {
			Template.ResourceDeclaration before = (old != null) ? old.resources().get(resource.logicalId()) : null;
			StackState.Resource live = stack.resource(resource.logicalId());
			if (before == null || live == null || !before.type().equals(resource.type())) {
				changes.add(change("Add", resource.logicalId(), null, resource.type(), null));
			}
			else if (!before.equals(resource) || refersTo(resource, changedParameters)) {
				changes.add(change("Modify", resource.logicalId(), live.physicalId, resource.type(), "Conditional"));
			}
		}
		if (old != null) {
			old.resources()
				.values()
				.stream()
				.filter((r) -> !plan.template().resources().containsKey(r.logicalId()))
				.forEach((r) -> changes.add(change("Remove", r.logicalId(),
						(stack.resource(r.logicalId()) != null) ? stack.resource(r.logicalId()).physicalId : null,
						r.type(), null)));
		}
		return changes;
	}

	private static boolean refersTo(Template.ResourceDeclaration resource, Set<String> parameters) {
		boolean[] refers = { false };
		TemplateReferences.references(resource.properties(), (name) -> refers[0] |= parameters.contains(name));
		return refers[0];
	}

	private static StackState.Change change(String action, String logicalId, String physicalId, String type,
			String replacement) {
		StackState.Change change = new StackState.Change();
		change.action = action;
		change.logicalId = logicalId;
		change.physicalId = physicalId;
		change.resourceType = type;
		change.replacement = replacement;
		return change;
	}

}

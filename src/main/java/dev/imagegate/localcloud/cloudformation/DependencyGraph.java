package dev.imagegate.localcloud.cloudformation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which resources each resource needs first (Ref, Fn::GetAtt, Fn::Sub, DependsOn), and
 * the order that follows: dependencies before dependents, otherwise the template's order.
 */
final class DependencyGraph {

	private final List<String> order;

	private DependencyGraph(List<String> order) {
		this.order = order;
	}

	/**
	 * The graph of a template, refusing references to nothing and cycles as
	 * CloudFormation does.
	 */
	static DependencyGraph of(Template template) {
		Map<String, Set<String>> needs = new LinkedHashMap<>();
		Set<String> unresolved = new LinkedHashSet<>();
		for (Template.ResourceDeclaration resource : template.resources().values()) {
			Set<String> dependencies = new LinkedHashSet<>();
			TemplateReferences.references(resource.properties(), (name) -> {
				if (!template.canReference(name)) {
					unresolved.add(name);
				}
				else if (template.resources().containsKey(name)) {
					dependencies.add(name);
				}
			});
			for (String dependency : resource.dependsOn()) {
				if (!template.resources().containsKey(dependency)) {
					throw TemplateErrors.format("Unresolved resource dependencies [" + dependency
							+ "] in the Resources block of the template");
				}
				dependencies.add(dependency);
			}
			needs.put(resource.logicalId(), dependencies);
		}
		if (!unresolved.isEmpty()) {
			throw TemplateErrors
				.format("Unresolved resource dependencies " + unresolved + " in the Resources block of the template");
		}
		Set<String> outputUnresolved = new LinkedHashSet<>();
		TemplateReferences.references(template.outputs(), (name) -> {
			if (!template.canReference(name)) {
				outputUnresolved.add(name);
			}
		});
		if (!outputUnresolved.isEmpty()) {
			throw TemplateErrors.format(
					"Unresolved resource dependencies " + outputUnresolved + " in the Outputs block of the template");
		}
		return new DependencyGraph(sort(needs));
	}

	private static List<String> sort(Map<String, Set<String>> needs) {
		List<String> order = new ArrayList<>();
		Set<String> done = new LinkedHashSet<>();
		while (done.size() < needs.size()) {
			int before = done.size();
			for (Map.Entry<String, Set<String>> entry : needs.entrySet()) {
				if (!done.contains(entry.getKey()) && done.containsAll(entry.getValue())) {
					done.add(entry.getKey());
					order.add(entry.getKey());
				}
			}
			if (done.size() == before) {
				List<String> cycle = needs.keySet().stream().filter((id) -> !done.contains(id)).toList();
				throw TemplateErrors.validation("Circular dependency between resources: " + cycle);
			}
		}
		return List.copyOf(order);
	}

	/** Creation order. */
	List<String> order() {
		return order;
	}

	/** Deletion order: dependents first. */
	List<String> reverseOrder() {
		List<String> reversed = new ArrayList<>(order);
		Collections.reverse(reversed);
		return reversed;
	}

}

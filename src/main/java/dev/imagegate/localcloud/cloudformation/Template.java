package dev.imagegate.localcloud.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed, checked template: what CloudFormation refuses at CreateStack or
 * CreateChangeSet (structure, unknown types, unresolved references, cycles) is refused
 * here, with its words.
 */
record Template(String description, Map<String, TemplateParameter> parameters, Map<String, Object> conditions,
		Map<String, Object> mappings, Map<String, ResourceDeclaration> resources, Map<String, Object> outputs) {

	private static final Set<String> SECTIONS = Set.of("AWSTemplateFormatVersion", "Description", "Metadata",
			"Parameters", "Mappings", "Conditions", "Transform", "Resources", "Outputs", "Rules");

	/** One resource as declared: its properties still hold the intrinsic functions. */
	record ResourceDeclaration(String logicalId, String type, Map<String, Object> properties, List<String> dependsOn,
			String condition) {
	}

	static Template parse(String body, ResourceTypes types) {
		Map<String, Object> tree = TemplateReader.read(body);
		List<String> unknownSections = tree.keySet().stream().filter((k) -> !SECTIONS.contains(k)).toList();
		if (!unknownSections.isEmpty()) {
			throw TemplateErrors.format("Invalid template property or properties " + unknownSections);
		}
		Object description = tree.get("Description");
		if (description != null && !(description instanceof String)) {
			throw TemplateErrors.format("Every Description member must be a string.");
		}
		Template template = new Template((String) description, TemplateParameter.all(section(tree, "Parameters")),
				section(tree, "Conditions"), section(tree, "Mappings"), resources(tree, types.names()),
				section(tree, "Outputs"));
		template.checkOutputs();
		template.checkAttributes(types);
		DependencyGraph.of(template);
		return template;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> section(Map<String, Object> tree, String name) {
		Object section = tree.get(name);
		if (section == null) {
			return Map.of();
		}
		if (!(section instanceof Map)) {
			throw TemplateErrors.format("Every " + name + " member must be an object.");
		}
		return (Map<String, Object>) section;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ResourceDeclaration> resources(Map<String, Object> tree, Set<String> knownTypes) {
		Map<String, Object> section = section(tree, "Resources");
		if (section.isEmpty()) {
			throw TemplateErrors.format("At least one Resources member must be defined.");
		}
		Map<String, ResourceDeclaration> resources = new LinkedHashMap<>();
		List<String> unknownTypes = new ArrayList<>();
		for (Map.Entry<String, Object> entry : section.entrySet()) {
			String id = entry.getKey();
			if (!(entry.getValue() instanceof Map<?, ?> raw)) {
				throw TemplateErrors.format("Any Resources member must be an object.");
			}
			if (!(raw.get("Type") instanceof String type)) {
				throw TemplateErrors
					.format("[/Resources/" + id + "] Every Resources object must contain a Type member.");
			}
			if (!knownTypes.contains(type) && !unknownTypes.contains(type)) {
				unknownTypes.add(type);
			}
			Object properties = raw.get("Properties");
			if (properties != null && !(properties instanceof Map)) {
				throw TemplateErrors
					.format("[/Resources/" + id + "/Properties] Every Properties member must be an object.");
			}
			Object dependsOn = raw.get("DependsOn");
			List<String> dependencies = (dependsOn == null) ? List.of() : (dependsOn instanceof List<?> list)
					? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(dependsOn));
			resources.put(id,
					new ResourceDeclaration(id, type,
							(properties != null) ? (Map<String, Object>) properties : Map.of(), dependencies,
							(raw.get("Condition") instanceof String condition) ? condition : null));
		}
		if (!unknownTypes.isEmpty()) {
			throw TemplateErrors.format("Unrecognized resource types: " + unknownTypes);
		}
		return resources;
	}

	private void checkOutputs() {
		for (Map.Entry<String, Object> output : outputs.entrySet()) {
			if (!(output.getValue() instanceof Map<?, ?> declaration) || !declaration.containsKey("Value")) {
				throw TemplateErrors.format("Every Outputs member must contain a Value object");
			}
		}
	}

	/** Every Fn::GetAtt of a resource names an attribute its type has. */
	private void checkAttributes(ResourceTypes types) {
		TemplateReferences.attributeReferences(
				List.of(resources.values().stream().map(ResourceDeclaration::properties).toList(), outputs),
				(logicalId, attribute) -> {
					ResourceDeclaration resource = resources.get(logicalId);
					if (resource != null && !types.get(resource.type()).attributes().contains(attribute)) {
						throw TemplateErrors.validation("Template error: resource " + logicalId
								+ " does not support attribute type " + attribute + " in Fn::GetAtt");
					}
				});
	}

	/**
	 * Whether a name is a parameter, a pseudo parameter or a resource: what Ref may name.
	 */
	boolean canReference(String name) {
		return parameters.containsKey(name) || resources.containsKey(name) || PseudoParameters.NAMES.contains(name);
	}

}

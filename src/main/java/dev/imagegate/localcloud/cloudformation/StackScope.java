package dev.imagegate.localcloud.cloudformation;

import java.util.Map;

/**
 * One stack's values as the intrinsic functions see them: its parameters, pseudo
 * parameters, conditions and mappings, and its resources as created so far.
 */
final class StackScope implements Intrinsics.Scope {

	private final Template template;

	private final Map<String, String> parameters;

	private final PseudoParameters pseudo;

	private final Map<String, StackState.Resource> resources;

	private final ResourceTypes types;

	private final Intrinsics intrinsics;

	StackScope(Template template, Map<String, String> parameters, PseudoParameters pseudo,
			Map<String, StackState.Resource> resources, ResourceTypes types) {
		this.template = template;
		this.parameters = parameters;
		this.pseudo = pseudo;
		this.resources = resources;
		this.types = types;
		this.intrinsics = new Intrinsics(this);
	}

	Object resolve(Object fragment) {
		return intrinsics.resolve(fragment);
	}

	@Override
	public Object ref(String name) {
		TemplateParameter parameter = template.parameters().get(name);
		if (parameter != null) {
			return parameter.referenceValue(parameters.get(name));
		}
		Object value = pseudo.value(name);
		if (value != null) {
			return value;
		}
		return resource(name).physicalId;
	}

	@Override
	public Object getAtt(String logicalId, String attribute) {
		Template.ResourceDeclaration declaration = template.resources().get(logicalId);
		ResourceType type = (declaration != null) ? types.get(declaration.type()) : null;
		if (type == null || !type.attributes().contains(attribute)) {
			throw TemplateErrors.validation("Template error: resource " + logicalId
					+ " does not support attribute type " + attribute + " in Fn::GetAtt");
		}
		return resource(logicalId).attributes.get(attribute);
	}

	@Override
	public boolean condition(String name) {
		if (!template.conditions().containsKey(name)) {
			throw TemplateErrors.validation("Template error: unresolved condition dependency " + name + " in Fn::If");
		}
		Object value = intrinsics.resolve(template.conditions().get(name));
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

	@Override
	public Object findInMap(String map, String topKey, String secondKey) {
		if (template.mappings().get(map) instanceof Map<?, ?> top && top.get(topKey) instanceof Map<?, ?> second
				&& second.containsKey(secondKey)) {
			return second.get(secondKey);
		}
		throw TemplateErrors
			.validation("Template error: Unable to get mapping for " + map + "::" + topKey + "::" + secondKey);
	}

	/** Whether a resource is in the stack: its Condition, when it has one, holds. */
	boolean includes(Template.ResourceDeclaration resource) {
		return resource.condition() == null || condition(resource.condition());
	}

	private StackState.Resource resource(String logicalId) {
		StackState.Resource resource = resources.get(logicalId);
		if (resource == null) {
			throw TemplateErrors
				.format("Unresolved resource dependencies [" + logicalId + "] in the Resources block of the template");
		}
		return resource;
	}

}

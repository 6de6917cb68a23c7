package dev.imagegate.localcloud.cloudformation;

import java.util.Map;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * A template with its parameter values, checked as CloudFormation checks a request before
 * it does anything: the template, the parameters, the capabilities its IAM resources
 * need.
 */
record StackPlan(String templateBody, Template template, Map<String, String> parameters) {

	/**
	 * @param stack the stack being updated, null for a new one
	 */
	static StackPlan of(StackInput input, StackState.Stack stack, ResourceTypes types) {
		String body = input.templateBody();
		if (input.usePreviousTemplate()) {
			if (stack == null) {
				throw TemplateErrors.validation("UsePreviousTemplate can only be used for stack updates");
			}
			body = stack.templateBody;
		}
		if (body == null) {
			throw TemplateErrors.validation("Either Template URL or Template Body must be specified.");
		}
		Template template = Template.parse(body, types);
		Map<String, String> parameters = StackParameters.resolve(template, input.parameters(),
				(stack != null) ? stack.parameters : Map.of());
		String capability = ResourceTypes.requiredCapability(template);
		if (capability != null && !input.capabilities().contains(capability)
				&& !input.capabilities().contains("CAPABILITY_NAMED_IAM")) {
			throw new CloudException(400, "InsufficientCapabilitiesException",
					"Requires capabilities : [" + capability + "]");
		}
		return new StackPlan(body, template, parameters);
	}

	/**
	 * Whether it would change nothing on the stack: the same template, parameters and
	 * tags.
	 */
	boolean sameAs(StackState.Stack stack, StackInput input) {
		return stack.templateBody != null
				&& TemplateReader.read(stack.templateBody).equals(TemplateReader.read(templateBody))
				&& stack.parameters.equals(parameters) && (input.tags().isEmpty() || input.tags().equals(stack.tags));
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * CloudFormation's XML shapes (botocore's cloudformation 2010-05-15 model, members in its
 * order).
 */
final class StackXml {

	private StackXml() {
	}

	static void stack(XmlWriter xml, StackState.Stack stack, Template template) {
		xml.start("member")
			.element("StackId", stack.stackId)
			.element("StackName", stack.stackName)
			.element("ChangeSetId", stack.changeSetId)
			.element("Description", stack.description);
		parameters(xml, stack.parameters, template);
		xml.element("CreationTime", stack.creationTime)
			.element("DeletionTime", stack.deletionTime)
			.element("LastUpdatedTime", stack.lastUpdatedTime)
			.start("RollbackConfiguration")
			.end()
			.element("StackStatus", stack.status)
			.element("StackStatusReason", stack.statusReason)
			.element("DisableRollback", stack.disableRollback)
			.start("NotificationARNs")
			.end();
		strings(xml, "Capabilities", stack.capabilities);
		if (!stack.outputs.isEmpty()) {
			xml.start("Outputs");
			for (StackState.Output output : stack.outputs) {
				xml.start("member")
					.element("OutputKey", output.outputKey)
					.element("OutputValue", output.outputValue)
					.element("Description", output.description)
					.element("ExportName", output.exportName)
					.end();
			}
			xml.end();
		}
		tags(xml, stack.tags);
		xml.element("EnableTerminationProtection", false)
			.start("DriftInformation")
			.element("StackDriftStatus", "NOT_CHECKED")
			.end()
			.end();
	}

	/** Parameters with their values; a NoEcho one shows as asterisks. */
	static void parameters(XmlWriter xml, Map<String, String> parameters, Template template) {
		if (parameters.isEmpty()) {
			return;
		}
		xml.start("Parameters");
		parameters.forEach((key, value) -> {
			TemplateParameter declared = (template != null) ? template.parameters().get(key) : null;
			xml.start("member")
				.element("ParameterKey", key)
				.element("ParameterValue", (declared != null && declared.noEcho()) ? "****" : value)
				.end();
		});
		xml.end();
	}

	static void event(XmlWriter xml, StackState.Stack stack, StackState.Event event) {
		xml.start("member")
			.element("StackId", stack.stackId)
			.element("EventId", event.eventId)
			.element("StackName", stack.stackName)
			.element("LogicalResourceId", event.logicalId)
			.element("PhysicalResourceId", event.physicalId)
			.element("ResourceType", event.resourceType)
			.element("Timestamp", event.timestamp)
			.element("ResourceStatus", event.status)
			.element("ResourceStatusReason", event.statusReason)
			.element("ResourceProperties", event.resourceProperties)
			.element("ClientRequestToken", event.clientRequestToken)
			.end();
	}

	/**
	 * A StackResource (DescribeStackResources) or, with {@code detail}, a
	 * StackResourceDetail.
	 */
	static void resource(XmlWriter xml, StackState.Stack stack, StackState.Resource resource, String element,
			boolean detail) {
		xml.start(element)
			.element("StackName", stack.stackName)
			.element("StackId", stack.stackId)
			.element("LogicalResourceId", resource.logicalId)
			.element("PhysicalResourceId", resource.physicalId)
			.element("ResourceType", resource.type)
			.element(detail ? "LastUpdatedTimestamp" : "Timestamp", resource.timestamp)
			.element("ResourceStatus", resource.status)
			.element("ResourceStatusReason", resource.statusReason);
		if (detail) {
			xml.element("Metadata", "{}");
		}
		xml.start("DriftInformation").element("StackResourceDriftStatus", "NOT_CHECKED").end().end();
	}

	static void resourceSummary(XmlWriter xml, StackState.Resource resource) {
		xml.start("member")
			.element("LogicalResourceId", resource.logicalId)
			.element("PhysicalResourceId", resource.physicalId)
			.element("ResourceType", resource.type)
			.element("LastUpdatedTimestamp", resource.timestamp)
			.element("ResourceStatus", resource.status)
			.element("ResourceStatusReason", resource.statusReason)
			.start("DriftInformation")
			.element("StackResourceDriftStatus", "NOT_CHECKED")
			.end()
			.end();
	}

	static void stackSummary(XmlWriter xml, StackState.Stack stack) {
		xml.start("member")
			.element("StackId", stack.stackId)
			.element("StackName", stack.stackName)
			.element("TemplateDescription", stack.description)
			.element("CreationTime", stack.creationTime)
			.element("LastUpdatedTime", stack.lastUpdatedTime)
			.element("DeletionTime", stack.deletionTime)
			.element("StackStatus", stack.status)
			.element("StackStatusReason", stack.statusReason)
			.start("DriftInformation")
			.element("StackDriftStatus", "NOT_CHECKED")
			.end()
			.end();
	}

	static void changeSet(XmlWriter xml, StackState.ChangeSet changeSet, Template template) {
		xml.element("ChangeSetName", changeSet.changeSetName)
			.element("ChangeSetId", changeSet.changeSetId)
			.element("StackId", changeSet.stackId)
			.element("StackName", changeSet.stackName)
			.element("Description", changeSet.description);
		parameters(xml, changeSet.parameters, template);
		xml.element("CreationTime", changeSet.creationTime)
			.element("ExecutionStatus", changeSet.executionStatus)
			.element("Status", changeSet.status)
			.element("StatusReason", changeSet.statusReason)
			.start("NotificationARNs")
			.end()
			.start("RollbackConfiguration")
			.end();
		strings(xml, "Capabilities", changeSet.capabilities);
		tags(xml, changeSet.tags);
		xml.start("Changes");
		for (StackState.Change change : changeSet.changes) {
			xml.start("member")
				.element("Type", "Resource")
				.start("ResourceChange")
				.element("Action", change.action)
				.element("LogicalResourceId", change.logicalId)
				.element("PhysicalResourceId", change.physicalId)
				.element("ResourceType", change.resourceType)
				.element("Replacement", change.replacement);
			// Scope and Details are always listed, empty for an Add or a Remove.
			xml.start("Scope");
			if ("Modify".equals(change.action)) {
				xml.start("member").text("Properties").end();
			}
			xml.end().start("Details").end().end().end();
		}
		xml.end().element("IncludeNestedStacks", false);
	}

	/**
	 * A template's Parameters section, as ValidateTemplate and (with types and
	 * constraints) GetTemplateSummary give it.
	 */
	static void declaredParameters(XmlWriter xml, Template template, boolean summary) {
		if (template.parameters().isEmpty()) {
			return;
		}
		xml.start("Parameters");
		for (TemplateParameter parameter : template.parameters().values()) {
			xml.start("member")
				.element("ParameterKey", parameter.name())
				.element("DefaultValue", parameter.defaultValue());
			if (summary) {
				xml.element("ParameterType", parameter.type());
			}
			xml.element("NoEcho", parameter.noEcho()).element("Description", parameter.description());
			if (summary) {
				xml.start("ParameterConstraints");
				strings(xml, "AllowedValues", parameter.allowedValues());
				xml.end();
			}
			xml.end();
		}
		xml.end();
	}

	/** The capability a template's IAM resources need, and why. */
	static void capabilities(XmlWriter xml, Template template) {
		String capability = ResourceTypes.requiredCapability(template);
		if (capability == null) {
			return;
		}
		strings(xml, "Capabilities", List.of(capability));
		xml.element("CapabilitiesReason",
				"The following resource(s) require capabilities: " + template.resources()
					.values()
					.stream()
					.filter((r) -> r.type().startsWith("AWS::IAM::"))
					.map(Template.ResourceDeclaration::type)
					.distinct()
					.toList());
	}

	static void strings(XmlWriter xml, String name, List<String> values) {
		if (values == null || values.isEmpty()) {
			return;
		}
		xml.start(name);
		values.forEach((value) -> xml.start("member").text(value).end());
		xml.end();
	}

	/** Always present, empty or not, as AWS lists them. */
	private static void tags(XmlWriter xml, Map<String, String> tags) {
		xml.start("Tags");
		if (tags == null) {
			xml.end();
			return;
		}
		tags.forEach((key, value) -> xml.start("member").element("Key", key).element("Value", value).end());
		xml.end();
	}

}

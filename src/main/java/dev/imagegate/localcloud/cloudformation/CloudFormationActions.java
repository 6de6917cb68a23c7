package dev.imagegate.localcloud.cloudformation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.imagegate.localcloud.query.QueryRequest;
import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * CloudFormation's actions by name: each reads its parameters, calls the stacks or change
 * sets, renders its Result.
 */
final class CloudFormationActions {

	private final Map<String, Function<QueryRequest, Consumer<XmlWriter>>> actions = new HashMap<>();

	private final Stacks stacks;

	private final ChangeSets changeSets;

	private final TemplateUrls templates;

	CloudFormationActions(Stacks stacks, ChangeSets changeSets, TemplateUrls templates) {
		this.stacks = stacks;
		this.changeSets = changeSets;
		this.templates = templates;
		actions.put("CreateStack",
				(q) -> stackId(stacks.createStack(q.required("StackName"), StackInput.from(q, templates))));
		actions.put("UpdateStack",
				(q) -> stackId(stacks.updateStack(q.required("StackName"), StackInput.from(q, templates))));
		actions.put("DeleteStack", (q) -> {
			stacks.deleteStack(q.required("StackName"));
			return null;
		});
		actions.put("DescribeStacks", this::describeStacks);
		actions.put("ListStacks", this::listStacks);
		actions.put("DescribeStackEvents", this::describeStackEvents);
		actions.put("DescribeStackResources", this::describeStackResources);
		actions.put("DescribeStackResource", this::describeStackResource);
		actions.put("ListStackResources", this::listStackResources);
		actions.put("GetTemplate", this::getTemplate);
		actions.put("ValidateTemplate", this::validateTemplate);
		actions.put("GetTemplateSummary", this::getTemplateSummary);
		actions.put("CreateChangeSet", this::createChangeSet);
		actions.put("DescribeChangeSet", (q) -> {
			StackState.ChangeSet changeSet = changeSets.describe(q.required("ChangeSetName"), q.optional("StackName"));
			Template template = Template.parse(changeSet.templateBody, stacks.types());
			return (xml) -> StackXml.changeSet(xml, changeSet, template);
		});
		actions.put("ExecuteChangeSet", (q) -> {
			changeSets.execute(q.required("ChangeSetName"), q.optional("StackName"),
					"true".equalsIgnoreCase(q.optional("DisableRollback")));
			return (xml) -> {
			};
		});
		actions.put("DeleteChangeSet", (q) -> {
			changeSets.delete(q.required("ChangeSetName"), q.optional("StackName"));
			return (xml) -> {
			};
		});
	}

	/** The action's handler, or null when there is no such action here. */
	Function<QueryRequest, Consumer<XmlWriter>> find(String action) {
		return actions.get(action);
	}

	private static Consumer<XmlWriter> stackId(String stackId) {
		return (xml) -> xml.element("StackId", stackId);
	}

	private Consumer<XmlWriter> describeStacks(QueryRequest query) {
		String name = query.optional("StackName");
		if (name != null) {
			Stacks.checkNameOrId(name);
		}
		List<StackState.Stack> found = stacks.store()
			.apply((state) -> (name != null) ? List.of(StackStore.require(state, name))
					: state.stacks.stream().filter((s) -> !"DELETE_COMPLETE".equals(s.status)).toList());
		return (xml) -> {
			xml.start("Stacks");
			found.forEach((stack) -> StackXml.stack(xml, stack, template(stack)));
			xml.end();
		};
	}

	private Consumer<XmlWriter> listStacks(QueryRequest query) {
		List<String> filter = query.members("StackStatusFilter");
		List<StackState.Stack> found = stacks.store()
			.apply((state) -> state.stacks.stream()
				.filter((s) -> filter.isEmpty() || filter.contains(s.status))
				.toList());
		return (xml) -> {
			xml.start("StackSummaries");
			for (int i = found.size() - 1; i >= 0; i--) {
				StackXml.stackSummary(xml, found.get(i));
			}
			xml.end();
		};
	}

	private Consumer<XmlWriter> describeStackEvents(QueryRequest query) {
		StackState.Stack stack = stack(query.required("StackName"));
		List<StackState.Event> events = new ArrayList<>(stack.events);
		Collections.reverse(events);
		return (xml) -> {
			xml.start("StackEvents");
			events.forEach((event) -> StackXml.event(xml, stack, event));
			xml.end();
		};
	}

	private Consumer<XmlWriter> describeStackResources(QueryRequest query) {
		String name = query.optional("StackName");
		String physicalId = query.optional("PhysicalResourceId");
		if (name == null && physicalId == null) {
			throw TemplateErrors.validation("Either StackName or PhysicalResourceId must be specified.");
		}
		StackState.Stack stack = (name != null) ? stack(name)
				: stacks.store()
					.apply((state) -> state.stacks.stream()
						.filter((s) -> s.resources.stream().anyMatch((r) -> physicalId.equals(r.physicalId)))
						.findFirst()
						.orElseThrow(() -> TemplateErrors.validation("Stack for " + physicalId + " does not exist")));
		String logicalId = query.optional("LogicalResourceId");
		return (xml) -> {
			xml.start("StackResources");
			stack.resources.stream()
				.filter((r) -> logicalId == null || logicalId.equals(r.logicalId))
				.forEach((r) -> StackXml.resource(xml, stack, r, "member", false));
			xml.end();
		};
	}

	private Consumer<XmlWriter> describeStackResource(QueryRequest query) {
		StackState.Stack stack = stack(query.required("StackName"));
		String logicalId = query.required("LogicalResourceId");
		StackState.Resource resource = stack.resource(logicalId);
		if (resource == null) {
			throw TemplateErrors.validation("Resource " + logicalId + " does not exist for stack " + stack.stackName);
		}
		return (xml) -> StackXml.resource(xml, stack, resource, "StackResourceDetail", true);
	}

	private Consumer<XmlWriter> listStackResources(QueryRequest query) {
		StackState.Stack stack = stack(query.required("StackName"));
		return (xml) -> {
			xml.start("StackResourceSummaries");
			stack.resources.forEach((r) -> StackXml.resourceSummary(xml, r));
			xml.end();
		};
	}

	private Consumer<XmlWriter> getTemplate(QueryRequest query) {
		String changeSetName = query.optional("ChangeSetName");
		String body = (changeSetName != null)
				? changeSets.describe(changeSetName, query.optional("StackName")).templateBody
				: stack(query.required("StackName")).templateBody;
		return (xml) -> {
			xml.element("TemplateBody", body);
			StackXml.strings(xml, "StagesAvailable", List.of("Original", "Processed"));
		};
	}

	private Consumer<XmlWriter> validateTemplate(QueryRequest query) {
		Template template = Template.parse(templateBody(query, false), stacks.types());
		return (xml) -> {
			StackXml.declaredParameters(xml, template, false);
			xml.element("Description", template.description());
			StackXml.capabilities(xml, template);
		};
	}

	/**
	 * What {@code aws cloudformation deploy} reads of a template before it makes a change
	 * set.
	 */
	private Consumer<XmlWriter> getTemplateSummary(QueryRequest query) {
		Template template = Template.parse(templateBody(query, true), stacks.types());
		return (xml) -> {
			StackXml.declaredParameters(xml, template, true);
			xml.element("Description", template.description());
			StackXml.capabilities(xml, template);
			StackXml.strings(xml, "ResourceTypes",
					template.resources().values().stream().map(Template.ResourceDeclaration::type).distinct().toList());
			xml.element("Version", "2010-09-09");
		};
	}

	/**
	 * TemplateBody, or with {@code orStack} the template of the stack named by StackName.
	 */
	private String templateBody(QueryRequest query, boolean orStack) {
		String body = query.optional("TemplateBody");
		if (body == null && query.optional("TemplateURL") != null) {
			body = templates.read(query.optional("TemplateURL"));
		}
		if (body == null && orStack && query.optional("StackName") != null) {
			body = stack(query.optional("StackName")).templateBody;
		}
		if (body == null) {
			throw TemplateErrors.validation("Either Template URL or Template Body must be specified.");
		}
		return body;
	}

	private Consumer<XmlWriter> createChangeSet(QueryRequest query) {
		StackState.ChangeSet changeSet = changeSets.create(query.required("StackName"), query.required("ChangeSetName"),
				query.optional("ChangeSetType"), query.optional("Description"), StackInput.from(query, templates));
		return (xml) -> xml.element("Id", changeSet.changeSetId).element("StackId", changeSet.stackId);
	}

	private StackState.Stack stack(String nameOrId) {
		Stacks.checkNameOrId(nameOrId);
		return stacks.store().apply((state) -> StackStore.require(state, nameOrId));
	}

	/** The stack's template for rendering (NoEcho parameters), or null if it has none. */
	private Template template(StackState.Stack stack) {
		return (stack.templateBody != null) ? Template.parse(stack.templateBody, stacks.types()) : null;
	}

}

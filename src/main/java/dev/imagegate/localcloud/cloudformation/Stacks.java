package dev.imagegate.localcloud.cloudformation;

import java.util.UUID;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.query.QueryValidation;
import dev.imagegate.localcloud.wire.CloudException;

/** CreateStack, UpdateStack, DeleteStack, and the stack lookups every action shares. */
final class Stacks {

	private static final Pattern NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]*");

	private static final Pattern NAME_OR_ID = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*");

	private final StackStore store;

	private final ResourceTypes types;

	private final StackDeployer deployer;

	private final String region;

	private final String accountId;

	Stacks(StackStore store, ResourceTypes types, StackDeployer deployer, String region, String accountId) {
		this.store = store;
		this.types = types;
		this.deployer = deployer;
		this.region = region;
		this.accountId = accountId;
	}

	StackStore store() {
		return store;
	}

	ResourceTypes types() {
		return types;
	}

	StackDeployer deployer() {
		return deployer;
	}

	String createStack(String name, StackInput input) {
		checkName(name, "stackName");
		StackPlan plan = StackPlan.of(input, null, types);
		return store.apply((state) -> {
			if (StackStore.find(state, name).isPresent()) {
				throw new CloudException(400, "AlreadyExistsException", "Stack [" + name + "] already exists");
			}
			StackState.Stack stack = newStack(state, name, input);
			adopt(stack, plan, input);
			deployer.create(stack, plan.template(), plan.parameters());
			return stack.stackId;
		});
	}

	String updateStack(String name, StackInput input) {
		return store.apply((state) -> {
			StackState.Stack stack = StackStore.require(state, name);
			checkUpdatable(stack);
			StackPlan plan = StackPlan.of(input, stack, types);
			if (plan.sameAs(stack, input)) {
				throw TemplateErrors.validation("No updates are to be performed.");
			}
			update(stack, plan, input);
			return stack.stackId;
		});
	}

	/**
	 * Runs an update; on success the stack takes the plan's template, parameters and
	 * tags.
	 */
	void update(StackState.Stack stack, StackPlan plan, StackInput input) {
		Template old = Template.parse(stack.templateBody, types);
		stack.lastUpdatedTime = StackEvents.now();
		if (deployer.update(stack, old, plan.template(), plan.parameters())) {
			adopt(stack, plan, input);
		}
	}

	/** Deleting a stack that does not exist succeeds, as on AWS. */
	void deleteStack(String name) {
		store.apply((state) -> {
			StackStore.find(state, name).ifPresent((stack) -> {
				Template template = (stack.templateBody != null) ? Template.parse(stack.templateBody, types) : null;
				if (deployer.delete(stack, template)) {
					stack.deletionTime = StackEvents.now();
					state.changeSets.removeIf((c) -> c.stackId.equals(stack.stackId));
				}
			});
			return null;
		});
	}

	StackState.Stack newStack(StackState state, String name, StackInput input) {
		StackState.Stack stack = new StackState.Stack();
		stack.stackName = name;
		stack.stackId = "arn:aws:cloudformation:" + region + ":" + accountId + ":stack/" + name + "/"
				+ UUID.randomUUID();
		stack.creationTime = StackEvents.now();
		stack.disableRollback = input.disableRollback();
		stack.tags.putAll(input.tags());
		state.stacks.add(stack);
		return stack;
	}

	static void adopt(StackState.Stack stack, StackPlan plan, StackInput input) {
		stack.templateBody = plan.templateBody();
		stack.description = plan.template().description();
		stack.parameters = plan.parameters();
		stack.capabilities = input.capabilities();
		if (!input.tags().isEmpty()) {
			stack.tags = input.tags();
		}
	}

	static void checkUpdatable(StackState.Stack stack) {
		if (!stack.status.endsWith("_COMPLETE") || stack.status.equals("ROLLBACK_COMPLETE")
				|| stack.status.equals("DELETE_COMPLETE")) {
			throw TemplateErrors
				.validation("Stack:" + stack.stackId + " is in " + stack.status + " state and can not be updated.");
		}
	}

	/** A name to create under: CreateStack's and CreateChangeSet's pattern. */
	static void checkName(String name, String member) {
		checkPattern(name, member, NAME, "[a-zA-Z][-a-zA-Z0-9]*");
	}

	/**
	 * A name or id of an existing stack, as DescribeStacks and the other lookups take it.
	 */
	static void checkNameOrId(String name) {
		checkPattern(name, "stackName", NAME_OR_ID, "[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*");
	}

	private static void checkPattern(String name, String member, Pattern pattern, String shown) {
		if (name.length() > 128) {
			throw QueryValidation.error("Value '" + name + "' at '" + member
					+ "' failed to satisfy constraint: Member must have length less than or equal to 128");
		}
		if (!pattern.matcher(name).matches()) {
			throw QueryValidation.error("Value '" + name + "' at '" + member
					+ "' failed to satisfy constraint: Member must satisfy regular expression pattern: " + shown);
		}
	}

}

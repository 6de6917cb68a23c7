package dev.imagegate.localcloud.cloudformation;

import java.util.UUID;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * CreateChangeSet, DescribeChangeSet, ExecuteChangeSet, DeleteChangeSet. A change set is
 * computed at once (its waiter sees CREATE_COMPLETE, or FAILED for one without changes,
 * as {@code aws cloudformation deploy} expects), and executes synchronously.
 */
final class ChangeSets {

	static final String NO_CHANGES = "The submitted information didn't contain changes. "
			+ "Submit different information to create a change set.";

	private final Stacks stacks;

	private final String region;

	private final String accountId;

	ChangeSets(Stacks stacks, String region, String accountId) {
		this.stacks = stacks;
		this.region = region;
		this.accountId = accountId;
	}

	StackState.ChangeSet create(String stackName, String name, String type, String description, StackInput input) {
		Stacks.checkName(name, "changeSetName");
		String changeSetType = (type != null) ? type : "UPDATE";
		return stacks.store().apply((state) -> {
			StackState.Stack stack = StackStore.find(state, stackName).orElse(null);
			if (changeSetType.equals("CREATE")) {
				if (stack != null && !stack.status.equals("REVIEW_IN_PROGRESS")) {
					throw TemplateErrors.validation("Stack [" + stackName
							+ "] already exists and cannot be created again with the changeSet [" + name + "].");
				}
			}
			else if (stack == null) {
				throw TemplateErrors.validation("Stack [" + stackName + "] does not exist");
			}
			else {
				// A stack still in REVIEW_IN_PROGRESS is refused too: it has nothing to
				// update yet.
				Stacks.checkUpdatable(stack);
			}
			StackPlan plan = StackPlan.of(input, changeSetType.equals("CREATE") ? null : stack, stacks.types());
			if (stack == null) {
				Stacks.checkName(stackName, "stackName");
				stack = stacks.newStack(state, stackName, input);
				StackEvents.stackStatus(stack, "REVIEW_IN_PROGRESS", "User Initiated");
			}
			StackState.ChangeSet changeSet = new StackState.ChangeSet();
			changeSet.changeSetId = "arn:aws:cloudformation:" + region + ":" + accountId + ":changeSet/" + name + "/"
					+ UUID.randomUUID();
			changeSet.changeSetName = name;
			changeSet.stackId = stack.stackId;
			changeSet.stackName = stack.stackName;
			changeSet.changeSetType = changeSetType;
			changeSet.description = description;
			changeSet.creationTime = StackEvents.now();
			changeSet.templateBody = plan.templateBody();
			changeSet.parameters = plan.parameters();
			changeSet.capabilities = input.capabilities();
			changeSet.tags = input.tags();
			changeSet.changes = ChangeSetChanges.between(stack, plan, stacks.types());
			if (changeSetType.equals("UPDATE") && plan.sameAs(stack, input)) {
				changeSet.status = "FAILED";
				changeSet.statusReason = NO_CHANGES;
				changeSet.executionStatus = "UNAVAILABLE";
			}
			else {
				changeSet.status = "CREATE_COMPLETE";
				changeSet.executionStatus = "AVAILABLE";
			}
			state.changeSets.add(changeSet);
			return changeSet;
		});
	}

	StackState.ChangeSet describe(String name, String stackName) {
		return stacks.store().apply((state) -> find(state, name, stackName));
	}

	/**
	 * @param disableRollback ExecuteChangeSet's DisableRollback, which
	 * {@code deploy --disable-rollback} sends
	 */
	void execute(String name, String stackName, boolean disableRollback) {
		stacks.store().apply((state) -> {
			StackState.ChangeSet changeSet = find(state, name, stackName);
			if (!"AVAILABLE".equals(changeSet.executionStatus)) {
				throw new CloudException(400, "InvalidChangeSetStatus",
						"ChangeSet [" + changeSet.changeSetId
								+ "] cannot be executed in its current execution status of ["
								+ changeSet.executionStatus + "]");
			}
			StackState.Stack stack = StackStore.require(state, changeSet.stackId);
			stack.disableRollback = disableRollback;
			StackInput input = new StackInput(changeSet.templateBody, false,
					changeSet.parameters.entrySet()
						.stream()
						.map((p) -> new StackParameters.Given(p.getKey(), p.getValue(), false))
						.toList(),
					changeSet.capabilities, changeSet.tags, stack.disableRollback);
			StackPlan plan = new StackPlan(changeSet.templateBody,
					Template.parse(changeSet.templateBody, stacks.types()), changeSet.parameters);
			changeSet.executionStatus = "EXECUTE_COMPLETE";
			stack.changeSetId = changeSet.changeSetId;
			if (changeSet.changeSetType.equals("CREATE")) {
				Stacks.adopt(stack, plan, input);
				stacks.deployer().create(stack, plan.template(), plan.parameters());
			}
			else {
				stacks.update(stack, plan, input);
			}
			// Executing one change set makes the stack's others obsolete, as on AWS.
			state.changeSets.removeIf((c) -> c.stackId.equals(stack.stackId) && c != changeSet);
			return null;
		});
	}

	void delete(String name, String stackName) {
		stacks.store().apply((state) -> {
			StackState.ChangeSet changeSet = find(state, name, stackName);
			state.changeSets.remove(changeSet);
			return null;
		});
	}

	/** By id (ARN) alone, or by name within the named stack. */
	private static StackState.ChangeSet find(StackState state, String name, String stackName) {
		if (!name.startsWith("arn:") && stackName == null) {
			throw TemplateErrors.validation("StackName must be specified if ChangeSetName is not specified as an ARN.");
		}
		StackState.Stack stack = name.startsWith("arn:") ? null : StackStore.find(state, stackName).orElse(null);
		return state.changeSets.stream()
			.filter((c) -> name.startsWith("arn:") ? c.changeSetId.equals(name)
					: stack != null && c.stackId.equals(stack.stackId) && c.changeSetName.equals(name))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new CloudException(404, "ChangeSetNotFound", "ChangeSet [" + name + "] does not exist"));
	}

}

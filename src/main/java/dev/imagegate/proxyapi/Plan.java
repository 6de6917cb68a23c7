package dev.imagegate.proxyapi;

import java.util.List;

/**
 * What a run would do to the account, step by step, without doing it.
 *
 * @param steps each step with the changes it would make (none when already right)
 * @param blocker why a run would stop, when something stands in its way (e.g. a missing
 * bucket that is not to be created), else null
 */
public record Plan(List<PlannedStep> steps, String blocker) {

	public record PlannedStep(String name, String title, List<PlannedCall> changes) {
	}

	/** One mutating call and its AWS CLI equivalent. */
	public record PlannedCall(String operation, String cli) {
	}

	public long changeCount() {
		return steps.stream().mapToLong((s) -> s.changes().size()).sum();
	}

}

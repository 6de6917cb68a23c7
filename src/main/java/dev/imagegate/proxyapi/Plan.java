package dev.imagegate.proxyapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run would do to the account, step by step, without doing it.
 *
 * @param steps each step with the changes it would make (none when already right)
 * @param blocker why a run would stop, when something stands in its way (e.g. a missing
 * bucket that is not to be created), else null
 */
public record Plan(List<PlannedStep> steps, String blocker) {

	public record PlannedStep(String name, String title, List<PlannedCall> changes) {

		/** The operations in order, a repeated one counted once: "PutMethodResponse ×4, ...". */
		public String operations() {
			Map<String, Long> counts = changes.stream()
				.collect(Collectors.groupingBy(PlannedCall::operation, LinkedHashMap::new, Collectors.counting()));
			return counts.entrySet()
				.stream()
				.map((e) -> (e.getValue() == 1) ? e.getKey() : e.getKey() + " \u00d7" + e.getValue())
				.collect(Collectors.joining(", "));
		}

	}

	/** One mutating call and its AWS CLI equivalent. */
	public record PlannedCall(String operation, String cli) {
	}

	public long changeCount() {
		return steps.stream().mapToLong((s) -> s.changes().size()).sum();
	}

}

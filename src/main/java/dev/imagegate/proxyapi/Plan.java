package dev.imagegate.proxyapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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

		/**
		 * The operations in order, a repeated one counted once: "PutMethodResponse ×4,
		 * ...".
		 */
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

		boolean creates() {
			return operation.startsWith("Create");
		}

	}

	public long changeCount() {
		return steps.stream().mapToLong((s) -> s.changes().size()).sum();
	}

	/**
	 * The titles of the steps that create something new: a Create call, or any call on a
	 * REST API this plan creates (its integration and responses are Put calls, yet new).
	 */
	public List<String> created() {
		return titles(this::creates);
	}

	/** The titles of the steps that change what exists. */
	public List<String> changed() {
		return titles((step) -> !step.changes().isEmpty() && !creates(step));
	}

	private boolean creates(PlannedStep step) {
		boolean newApi = steps.stream()
			.flatMap((s) -> s.changes().stream())
			.anyMatch((call) -> call.operation().equals("CreateRestApi"));
		return step.changes()
			.stream()
			.anyMatch((call) -> call.creates() || (newApi && call.operation().startsWith("Put")));
	}

	/** The titles of the steps that are already as asked. */
	public List<String> unchanged() {
		return titles((step) -> step.changes().isEmpty());
	}

	/**
	 * A rough duration on AWS: its control planes answer a call in a few tenths of a
	 * second (0.4 s is taken), and a deployment takes a second or two more.
	 */
	public long estimatedSeconds() {
		return (changeCount() == 0) ? 0 : Math.max(2, Math.round(changeCount() * 0.4) + 1);
	}

	private List<String> titles(Predicate<PlannedStep> which) {
		return steps.stream().filter(which).map(PlannedStep::title).toList();
	}

}

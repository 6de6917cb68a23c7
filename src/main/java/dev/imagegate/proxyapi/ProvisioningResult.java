package dev.imagegate.proxyapi;

import java.util.List;

/**
 * What a run did.
 *
 * @param apiId the REST API's id (null if the run failed before creating it)
 * @param invokeUrl the invoke URL with {@code {key}} where the image key goes
 * @param stage the stage deployed to
 * @param succeeded whether every step was done
 * @param steps each step's report, in order
 * @param verification the end-to-end check (null if the run failed before it)
 */
public record ProvisioningResult(String apiId, String invokeUrl, String stage, boolean succeeded,
		List<StepReport> steps, Verification verification) {

	public long awsCalls() {
		return steps.stream().mapToLong((s) -> s.awsCalls().size()).sum();
	}

	public long mutatingCalls() {
		return steps.stream().mapToLong(StepReport::mutatingCalls).sum();
	}

	/** The step that failed, if one did. */
	public StepReport failedStep() {
		return steps.stream().filter((s) -> s.status() == StepStatus.FAILED).findFirst().orElse(null);
	}

}

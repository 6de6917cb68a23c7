package dev.imagegate.proxyapi;

import java.util.List;
import java.util.Map;

/**
 * How one step went.
 *
 * @param name machine name of the step, e.g. {@code role}
 * @param title what it makes true, in words
 * @param status how it went
 * @param durationMs how long it took
 * @param awsCalls the AWS operations it called, in order
 * @param ids the AWS ids it produced or found
 * @param error AWS's error code and message when it failed
 */
public record StepReport(String name, String title, StepStatus status, long durationMs, List<String> awsCalls,
		Map<String, String> ids, StepError error) {

	public record StepError(String code, String message) {
	}

	public long mutatingCalls() {
		return awsCalls.stream().filter(dev.imagegate.cloud.AwsCallRecorder::isMutating).count();
	}

}

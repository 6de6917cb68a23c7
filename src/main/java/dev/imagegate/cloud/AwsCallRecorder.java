package dev.imagegate.cloud;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records which AWS operations a piece of work calls, so each provisioning step can say
 * what it did ("CreateRestApi", "PutIntegration") and a re-run can prove it changed
 * nothing. Registered on every SDK client; records only while a {@link Recording} is open
 * on the calling thread (recordings nest: an outer one sees the inner one's calls too).
 * It also tells a recording's listener when the SDK retries a call (AWS throttling, a
 * 5xx), so that a long wait is shown as such rather than as a hang.
 */
public final class AwsCallRecorder implements ExecutionInterceptor {

	private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

	private static final ExecutionAttribute<int[]> ATTEMPTS = new ExecutionAttribute<>("imagegate.attempts");

	private static final ExecutionAttribute<Integer> LAST_STATUS = new ExecutionAttribute<>("imagegate.lastStatus");

	/** Starts recording on this thread; close it to stop. */
	public static Recording start() {
		Recording recording = new Recording(CURRENT.get());
		CURRENT.set(recording);
		return recording;
	}

	/**
	 * Whether an operation changes anything in the account, by AWS's naming of
	 * operations.
	 */
	public static boolean isMutating(String operation) {
		return !(operation.startsWith("Get") || operation.startsWith("List") || operation.startsWith("Head")
				|| operation.startsWith("Describe"));
	}

	@Override
	public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
		Recording recording = CURRENT.get();
		if (recording != null) {
			recording.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
		}
		attributes.putAttribute(ATTEMPTS, new int[1]);
	}

	@Override
	public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
		int[] attempts = attributes.getAttribute(ATTEMPTS);
		int attempt = (attempts != null) ? ++attempts[0] : 1;
		Recording recording = CURRENT.get();
		if (attempt > 1 && recording != null) {
			Integer status = attributes.getAttribute(LAST_STATUS);
			recording.retried(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), attempt, status);
		}
	}

	@Override
	public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
		attributes.putAttribute(LAST_STATUS, context.httpResponse().statusCode());
	}

	/** The operations called on this thread since {@link #start()}, in order. */
	public static final class Recording implements AutoCloseable {

		private final Recording outer;

		private final List<String> calls = new ArrayList<>();

		private Consumer<String> retryListener = (message) -> {
		};

		private Recording(Recording outer) {
			this.outer = outer;
		}

		/** Hears, in words, each retry of a call made during this recording. */
		public Recording onRetry(Consumer<String> listener) {
			this.retryListener = listener;
			return this;
		}

		private void retried(String operation, int attempt, Integer lastStatus) {
			String reason = (lastStatus == null) ? "it failed"
					: (lastStatus == 429) ? "AWS is throttling (HTTP 429)" : "AWS answered HTTP " + lastStatus;
			retryListener.accept("Retrying " + operation + " (attempt " + attempt + ") because " + reason
					+ "; waiting with backoff");
			if (outer != null) {
				outer.retried(operation, attempt, lastStatus);
			}
		}

		private void add(String operation) {
			calls.add(operation);
			if (outer != null) {
				outer.add(operation);
			}
		}

		public List<String> calls() {
			return List.copyOf(calls);
		}

		public long mutatingCalls() {
			return calls.stream().filter(AwsCallRecorder::isMutating).count();
		}

		@Override
		public void close() {
			CURRENT.set(outer);
		}

	}

}

package dev.imagegate.cloud;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records which AWS operations a piece of work calls, so each provisioning step can say
 * what it did ("CreateRestApi", "PutIntegration") and a re-run can prove it changed
 * nothing. Registered on every SDK client; records only while a {@link Recording} is open
 * on the calling thread (recordings nest: an outer one sees the inner one's calls too).
 */
public final class AwsCallRecorder implements ExecutionInterceptor {

	private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

	/** Starts recording on this thread; close it to stop. */
	public static Recording start() {
		Recording recording = new Recording(CURRENT.get());
		CURRENT.set(recording);
		return recording;
	}

	/** Whether an operation changes anything in the account, by AWS's naming of operations. */
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
	}

	/** The operations called on this thread since {@link #start()}, in order. */
	public static final class Recording implements AutoCloseable {

		private final Recording outer;

		private final List<String> calls = new ArrayList<>();

		private Recording(Recording outer) {
			this.outer = outer;
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

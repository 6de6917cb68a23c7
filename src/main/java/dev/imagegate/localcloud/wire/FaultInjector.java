package dev.imagegate.localcloud.wire;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets tests (and demos) make a named operation of the local cloud fail the next N times
 * with a given AWS error, e.g. {@code CreateRestApi} with
 * {@code TooManyRequestsException}. Handlers call {@link #check(String)} with the
 * operation name before doing any work, so a failed call changes nothing.
 */
public class FaultInjector {

	private final Map<String, Fault> faults = new ConcurrentHashMap<>();

	/** The next {@code times} calls of {@code operation} fail with this error. */
	public void failNext(String operation, int times, int status, String code, String message) {
		if (times < 1) {
			throw new IllegalArgumentException("times must be at least 1");
		}
		faults.put(operation, new Fault(times, new CloudException(status, code, message)));
	}

	public void clear() {
		faults.clear();
	}

	/** Throws the injected error if one is pending for this operation. */
	public void check(String operation) {
		Fault[] fired = new Fault[1];
		faults.computeIfPresent(operation, (name, fault) -> {
			fired[0] = fault;
			return (fault.remaining() > 1) ? new Fault(fault.remaining() - 1, fault.error()) : null;
		});
		if (fired[0] != null) {
			CloudException error = fired[0].error();
			throw new CloudException(error.status(), error.code(), error.getMessage());
		}
	}

	private record Fault(int remaining, CloudException error) {
	}

}

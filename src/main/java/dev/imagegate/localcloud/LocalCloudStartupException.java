package dev.imagegate.localcloud;

/**
 * The local cloud cannot start, for a reason its user can fix (its data directory is in
 * use, not writable, or holds a state file it cannot read). The message is one line that
 * says what and where, naming {@code imagegate.local.data-dir}; it is reported as that
 * one line, without a stack trace ({@link LocalCloudStartupReporter}).
 */
public class LocalCloudStartupException extends RuntimeException {

	public LocalCloudStartupException(String message, Throwable cause) {
		super(message, cause);
	}

}

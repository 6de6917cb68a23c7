package dev.imagegate.proxyapi.steps;

/**
 * A step cannot go on for a reason found before calling AWS to change anything (a missing
 * bucket, a name taken by something imagegate does not manage).
 */
public class StepFailure extends RuntimeException {

	private final String code;

	public StepFailure(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}

}

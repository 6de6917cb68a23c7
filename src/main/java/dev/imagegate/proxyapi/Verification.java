package dev.imagegate.proxyapi;

/**
 * The end-to-end check after deploying: an image fetched through the invoke URL compared
 * with the object in S3.
 *
 * @param status how it went
 * @param key the object key checked
 * @param url the URL fetched
 * @param httpStatus what the invoke URL answered
 * @param sha256Match whether the bytes were identical
 * @param expectedContentType the object's Content-Type in S3
 * @param contentType the Content-Type the API answered with
 * @param latencyMs time to the whole answer
 * @param detail what went wrong or why it was not run, in words
 */
public record Verification(VerificationStatus status, String key, String url, Integer httpStatus, Boolean sha256Match,
		String expectedContentType, String contentType, Long latencyMs, String detail) {

	static Verification skipped(String detail) {
		return new Verification(VerificationStatus.SKIPPED, null, null, null, null, null, null, null, detail);
	}

	/** A check that could not be made, e.g. because the bucket is gone. */
	public static Verification failed(String detail) {
		return new Verification(VerificationStatus.FAILED, null, null, null, null, null, null, null, detail);
	}

	public boolean passed() {
		return status == VerificationStatus.PASSED;
	}

}

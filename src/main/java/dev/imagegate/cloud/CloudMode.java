package dev.imagegate.cloud;

/** Where the portal's AWS SDK clients point. */
public enum CloudMode {

	/** The embedded local cloud, started in this JVM: no AWS account needed. */
	LOCAL,

	/** Real AWS, or any AWS-compatible endpoint named by {@code AWS_ENDPOINT_URL}. */
	AWS

}

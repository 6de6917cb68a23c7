package dev.imagegate.cloud;

import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * What the SDK clients talk to: the only place where the cloud modes differ. Service
 * classes receive ready clients and never look at this.
 *
 * @param kind which of the three ways of running this is
 * @param endpoint the endpoint every client is pointed at, when not AWS's own
 * @param region the region of the S3 and API Gateway clients
 * @param credentials where credentials come from (never logged or shown)
 * @param pathStyle whether S3 requests use path-style addressing (any non-AWS endpoint)
 */
public record CloudConnection(Kind kind, Optional<URI> endpoint, Region region, AwsCredentialsProvider credentials,
		boolean pathStyle) {

	public enum Kind {

		LOCAL_CLOUD("embedded local cloud"), AWS("AWS"), CUSTOM_ENDPOINT("AWS-compatible endpoint");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * One line for logs and pages, e.g. "embedded local cloud at http://localhost:4566,
	 * region us-east-1".
	 */
	public String description() {
		return kind.label() + endpoint.map((uri) -> " at " + uri).orElse("") + ", region " + region.id();
	}

	/** Credentials are deliberately left out: nothing prints them. */
	@Override
	public String toString() {
		return description();
	}

}

package dev.imagegate.cloud;

import dev.imagegate.localcloud.LocalCloud;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Actuator health of the cloud the portal talks to: a cheap S3 call through the real
 * client, and in local mode the state of each emulated service.
 */
@Component("cloud")
class CloudHealthIndicator extends AbstractHealthIndicator {

	private final CloudConnection connection;

	private final ObjectProvider<LocalCloud> localCloud;

	private final AwsClients clients;

	CloudHealthIndicator(AwsClients clients, CloudConnection connection, ObjectProvider<LocalCloud> localCloud) {
		super("The cloud the portal talks to is not reachable");
		this.clients = clients;
		this.connection = connection;
		this.localCloud = localCloud;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("connection", connection.description());
		localCloud.ifAvailable((cloud) -> builder.withDetail("localCloud", cloud.serviceStatus()));
		try {
			clients.s3().listBuckets((request) -> request.maxBuckets(1));
			builder.up();
		}
		catch (SdkException ex) {
			builder.down().withDetail("error", AwsErrors.describe(ex));
		}
	}

}

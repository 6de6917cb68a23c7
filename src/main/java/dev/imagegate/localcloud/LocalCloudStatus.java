package dev.imagegate.localcloud;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.s3.EmbeddedS3Mock;
import dev.imagegate.localcloud.wire.CloudServiceHandler;

/**
 * Each emulated service and whether it is up: the services on the port run once they
 * exist; S3 is starting until S3Mock has loaded. Read by the health endpoint, the
 * portal's first page and its health indicator.
 */
class LocalCloudStatus {

	private final List<CloudServiceHandler> services;

	private final EmbeddedS3Mock s3Mock;

	LocalCloudStatus(List<CloudServiceHandler> services, EmbeddedS3Mock s3Mock) {
		this.services = services;
		this.s3Mock = s3Mock;
	}

	Map<String, String> current() {
		Map<String, String> status = new LinkedHashMap<>();
		for (CloudServiceHandler service : services) {
			status.put(service.signingName(), "running");
		}
		status.put("s3", s3Mock.isRunning() ? "running" : "starting");
		return status;
	}

}

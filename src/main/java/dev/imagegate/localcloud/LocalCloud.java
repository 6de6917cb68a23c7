package dev.imagegate.localcloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.s3.S3MockServer;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.InternalEndpoints;
import dev.imagegate.localcloud.wire.LocalCloudHttpServer;
import dev.imagegate.localcloud.wire.LocalCloudServlet;

/**
 * The embedded local cloud: S3 (S3Mock), IAM, STS, API Gateway and execute-api behind one port,
 * with its state under the data directory.
 */
public class LocalCloud implements AutoCloseable {

	private final LocalCloudProperties properties;

	private final S3MockServer s3Mock;

	private final List<CloudServiceHandler> services;

	private final LocalCloudHttpServer server;

	public LocalCloud(LocalCloudProperties properties, S3MockServer s3Mock, List<CloudServiceHandler> services,
			CloudServiceHandler executeApi) {
		this.properties = properties;
		this.s3Mock = s3Mock;
		this.services = services;
		this.server = new LocalCloudHttpServer(properties.bindAddress(), properties.port(),
				properties.dataDir().resolve(".server"), new LocalCloudServlet(services, executeApi, new InternalEndpoints(this::serviceStatus)));
	}

	/** Starts listening; S3Mock keeps booting in the background until the first S3 call needs it. */
	public void start() {
		try {
			Files.createDirectories(properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the local cloud's data directory " + properties.dataDir(), ex);
		}
		s3Mock.startAsync(properties.dataDir().resolve("s3"), properties.region());
		server.start();
	}

	/** Where AWS clients reach it, e.g. {@code http://localhost:4566}. */
	public URI endpoint() {
		return URI.create("http://" + properties.hostname() + ":" + server.port());
	}

	public int port() {
		return server.port();
	}

	public String accountId() {
		return properties.accountId();
	}

	public String region() {
		return properties.region();
	}

	/** Each emulated service and whether it is up, for health checks and the portal's first page. */
	public Map<String, String> serviceStatus() {
		Map<String, String> status = new LinkedHashMap<>();
		for (CloudServiceHandler service : services) {
			status.put(service.signingName(), "running");
		}
		status.put("s3", s3Mock.isRunning() ? "running" : "starting");
		return status;
	}

	/** Waits until every service answers (S3Mock boots in the background). */
	public void awaitReady() {
		s3Mock.awaitStarted();
	}

	@Override
	public void close() {
		server.close();
		s3Mock.close();
	}

}

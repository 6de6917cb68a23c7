package dev.imagegate.localcloud;

import java.net.URI;
import java.util.Map;

import dev.imagegate.localcloud.s3.EmbeddedS3Mock;
import dev.imagegate.localcloud.store.DataDirectory;
import dev.imagegate.localcloud.wire.LocalCloudHttpServer;

import org.springframework.modulith.NamedInterface;

/**
 * The embedded local cloud: S3 (S3Mock, in process), IAM, STS, API Gateway and
 * execute-api behind one port, with its state under the data directory. Its parts are
 * beans of {@link LocalCloudConfiguration}; this starts and stops them in order.
 */
@NamedInterface(name = "embedded", propagate = false)
public class LocalCloud implements AutoCloseable {

	private final LocalCloudProperties properties;

	private final DataDirectory data;

	private final EmbeddedS3Mock s3Mock;

	private final LocalCloudHttpServer server;

	private final LocalCloudStatus status;

	LocalCloud(LocalCloudProperties properties, DataDirectory data, EmbeddedS3Mock s3Mock, LocalCloudHttpServer server,
			LocalCloudStatus status) {
		this.properties = properties;
		this.data = data;
		this.s3Mock = s3Mock;
		this.server = server;
		this.status = status;
	}

	/**
	 * Listens, and starts S3Mock in process in the background; S3 requests wait for it.
	 */
	public void start() {
		server.start();
		s3Mock.startAsync(data.resolve("s3"), properties.region(), server.servletContext());
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

	/**
	 * Each emulated service and whether it is up, for health checks and the portal's
	 * first page.
	 */
	public Map<String, String> serviceStatus() {
		return status.current();
	}

	/**
	 * Waits until every service answers; fails as S3Mock failed if it could not start.
	 */
	public void awaitReady() {
		s3Mock.awaitReady();
	}

	@Override
	public void close() {
		server.close();
		s3Mock.close();
	}

}

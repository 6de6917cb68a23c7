package dev.imagegate.localcloud.s3;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.adobe.testing.s3mock.S3MockApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Adobe's S3Mock, started in this JVM on a private loopback port and reached only through
 * the local cloud's port. It starts on its own thread so that it boots while the portal
 * does; the first S3 request waits for it.
 */
public class S3MockServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(S3MockServer.class);

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final CompletableFuture<ConfigurableApplicationContext> context = new CompletableFuture<>();

	private volatile URI endpoint;

	/** Starts S3Mock storing under {@code root}; returns at once. */
	public void startAsync(Path root, String region) {
		Thread starter = new Thread(() -> {
			try {
				context.complete(run(root, region));
			}
			catch (Throwable ex) {
				log.error("S3Mock did not start", ex);
				context.completeExceptionally(ex);
			}
		}, "s3mock-starter");
		// The fat jar's class loader must be the one S3Mock's Spring Boot sees.
		starter.setContextClassLoader(S3MockServer.class.getClassLoader());
		starter.setDaemon(true);
		starter.start();
	}

	private static ConfigurableApplicationContext run(Path root, String region) {
		SpringApplication app = new SpringApplicationBuilder(S3MockApplication.class).bannerMode(Banner.Mode.OFF)
			.web(WebApplicationType.SERVLET)
			.build();
		// One JVM has one logging system: keep the portal's configuration, do not let
		// S3Mock's Spring Boot reinitialise it.
		app.setListeners(app.getListeners()
			.stream()
			.filter((listener) -> !(listener instanceof LoggingApplicationListener))
			.toList());
		// Command-line arguments outrank the portal's environment (SERVER_PORT and the like),
		// and spring.config.name keeps S3Mock away from the portal's application.properties.
		return app.run(List.of("--spring.config.name=imagegate-s3mock", "--server.address=127.0.0.1",
				"--server.port=0", "--http.port=0",
				"--com.adobe.testing.s3mock.store.root=" + root.toAbsolutePath(),
				"--com.adobe.testing.s3mock.store.retain-files-on-exit=true",
				"--com.adobe.testing.s3mock.store.region=" + region)
			.toArray(String[]::new));
	}

	/** S3Mock's plain HTTP endpoint, waiting for it to finish starting if need be. */
	public URI endpoint() {
		URI known = endpoint;
		if (known == null) {
			// The port is fixed once S3Mock runs; a bean lookup on every proxied request cost CPU.
			known = URI.create("http://127.0.0.1:" + awaitStarted().getBean(S3MockApplication.class).getHttpPort());
			endpoint = known;
		}
		return known;
	}

	public boolean isRunning() {
		return context.isDone() && !context.isCompletedExceptionally() && context.join().isActive();
	}

	public ConfigurableApplicationContext awaitStarted() {
		try {
			return context.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for S3Mock", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("S3Mock is not available", ex);
		}
	}

	@Override
	public void close() {
		context.thenAccept(ConfigurableApplicationContext::close);
	}

}

package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.adobe.testing.s3mock.s3.service.BucketService;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.localcloud.LocalCloudStartupException;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.StandardReflectionParameterNameDiscoverer;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Adobe's S3Mock in this JVM, without a server of its own: its controllers, services and
 * store in a plain Spring MVC context ({@link S3MockWebConfiguration}) behind a
 * {@link DispatcherServlet} that the local cloud calls directly, so every S3 request,
 * from a client or from an API's integration, reaches S3Mock's logic in process and the
 * local cloud's port stays the only way in.
 */
public class EmbeddedS3Mock implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration WARM_UP_DELAY = Duration.ofSeconds(3);

	private final CompletableFuture<Started> started = new CompletableFuture<>();

	/**
	 * Builds S3Mock's context storing under {@code root} on a thread of its own, so that
	 * it loads while the portal does (two cores, two contexts); requests wait for it. A
	 * failure (an unreadable store, say) answers every request and is thrown by
	 * {@link #awaitStarted}.
	 */
	public void startAsync(Path root, String region, ServletContext servletContext) {
		startThread(() -> {
			try {
				S3StoreCheck.verify(root);
				Started s3 = boot(root, region, servletContext);
				started.complete(s3);
			}
			catch (LocalCloudStartupException ex) {
				started.completeExceptionally(ex);
			}
			catch (RuntimeException | ServletException | LinkageError ex) {
				Throwable cause = ex;
				while (cause.getCause() != null) {
					cause = cause.getCause();
				}
				started.completeExceptionally(new LocalCloudStartupException(
						"The local cloud's S3 store " + root.toAbsolutePath() + " cannot be loaded: " + cause
								+ ". Nothing was changed; restore or move aside what it names, or set "
								+ "imagegate.local.data-dir to another directory.",
						ex));
			}
		}, "s3mock-start");
	}

	/**
	 * A daemon thread that sees S3Mock's classes: the fat jar's class loader, not the
	 * caller's.
	 */
	private static void startThread(Runnable work, String name) {
		Thread thread = new Thread(work, name);
		thread.setContextClassLoader(EmbeddedS3Mock.class.getClassLoader());
		thread.setDaemon(true);
		thread.start();
	}

	private static Started boot(Path root, String region, ServletContext servletContext) throws ServletException {
		AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
		context.setClassLoader(EmbeddedS3Mock.class.getClassLoader());
		context.setDisplayName("s3mock");
		context.register(S3MockWebConfiguration.class);
		// S3Mock is compiled with parameter names: reading them from the byte code spares
		// loading
		// Kotlin reflection (1,500 classes) to find them.
		context.addBeanFactoryPostProcessor((beans) -> ((DefaultListableBeanFactory) beans)
			.setParameterNameDiscoverer(new StandardReflectionParameterNameDiscoverer()));
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("imagegate-s3mock",
					Map.of(S3MockWebConfiguration.ROOT, root.toAbsolutePath().toString(), S3MockWebConfiguration.REGION,
							region, InS3MockContext.MARKER, "true")));
		DispatcherServlet dispatcher = new DispatcherServlet(context);
		// Its context is private: nothing else in the servlet context should find it; and
		// nobody
		// listens for an event per request.
		dispatcher.setPublishContext(false);
		dispatcher.setPublishEvents(false);
		dispatcher.init(new NamedServletConfig("s3mock", servletContext));
		return new Started(context, dispatcher, context.getBean("kmsFilter", Filter.class),
				context.getBean(BucketService.class));
	}

	/**
	 * Pays, on a thread of its own, what the first S3 request would otherwise pay: Spring
	 * reads whether each parameter of S3Mock's (Kotlin) handler methods is optional
	 * through Kotlin reflection, a thousand classes to load. Called once the portal is
	 * ready, and it lets the portal answer its first requests (a readiness probe, the
	 * login page) before it begins: on a machine of two cores it would otherwise slow
	 * them by its second of work.
	 */
	public void warmUpInBackground() {
		if (!isRunning()) {
			return;
		}
		startThread(() -> {
			try {
				Thread.sleep(WARM_UP_DELAY.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			warmUp(started.join().context());
		}, "s3mock-warm-up");
	}

	private static void warmUp(AnnotationConfigWebApplicationContext context) {
		try {
			for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
				.values()) {
				for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
					for (MethodParameter parameter : handler.getMethodParameters()) {
						parameter.isOptional();
					}
				}
			}
		}
		catch (RuntimeException | LinkageError ex) {
			// Only a head start: the first request does the same if this could not.
		}
	}

	/**
	 * Serves one S3 request in process: S3Mock's KMS key check, then its controllers. The
	 * request must already be in path style ({@code /bucket/key}).
	 */
	void serve(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Started s3 = awaitStarted();
		s3.kmsFilter().doFilter(request, response, s3.dispatcher()::service);
	}

	boolean bucketExists(String bucket) {
		return awaitStarted().buckets().doesBucketExist(bucket);
	}

	/**
	 * S3Mock's bucket logic, for the checks the local cloud makes before S3Mock's
	 * controllers.
	 */
	BucketService buckets() {
		return awaitStarted().buckets();
	}

	/** The region S3Mock keeps for an existing bucket. */
	String bucketRegion(String bucket) {
		return awaitStarted().buckets().getBucket(bucket).getBucketRegion();
	}

	public boolean isRunning() {
		return started.isDone() && !started.isCompletedExceptionally() && started.join().context().isActive();
	}

	/** S3Mock once it runs; its start-up failure, if it failed. */
	Started awaitStarted() {
		try {
			return started.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for S3Mock", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof LocalCloudStartupException startup) {
				throw startup;
			}
			throw new IllegalStateException("S3Mock is not available", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("S3Mock did not start within " + START_TIMEOUT.toSeconds() + " s", ex);
		}
	}

	/** Waits for S3Mock to be ready, failing as it failed. */
	public void awaitReady() {
		awaitStarted();
	}

	@Override
	public void close() {
		if (isRunning()) {
			Started s3 = started.join();
			s3.dispatcher().destroy();
			s3.context().close();
		}
	}

	private record Started(AnnotationConfigWebApplicationContext context, DispatcherServlet dispatcher,
			Filter kmsFilter, BucketService buckets) {
	}

	private record NamedServletConfig(String name, ServletContext context) implements ServletConfig {

		@Override
		public String getServletName() {
			return name;
		}

		@Override
		public ServletContext getServletContext() {
			return context;
		}

		@Override
		public String getInitParameter(String parameter) {
			return null;
		}

		@Override
		public Enumeration<String> getInitParameterNames() {
			return Collections.emptyEnumeration();
		}

	}

}

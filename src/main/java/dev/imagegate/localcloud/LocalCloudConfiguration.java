package dev.imagegate.localcloud;

import java.util.List;

import dev.imagegate.localcloud.executeapi.ExecuteApiHandler;
import dev.imagegate.localcloud.s3.EmbeddedS3Mock;
import dev.imagegate.localcloud.store.DataDirectory;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;
import dev.imagegate.localcloud.wire.InternalEndpoints;
import dev.imagegate.localcloud.wire.LocalCloudHttpServer;
import dev.imagegate.localcloud.wire.LocalCloudServlet;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded local cloud in mode {@code local}, with the pieces every service
 * shares (the data directory, the fault injector). Each emulated service declares its own
 * beans in a configuration of its package (IAM, STS, S3, API Gateway, execute-api,
 * CloudFormation); those that answer on the port implement {@link CloudServiceHandler}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalCloud
class LocalCloudConfiguration {

	@Bean
	FaultInjector localCloudFaults() {
		return new FaultInjector();
	}

	/** Taken before any state is read: every store of the local cloud depends on it. */
	@Bean(destroyMethod = "close")
	DataDirectory localCloudDataDirectory(LocalCloudProperties properties) {
		return DataDirectory.open(properties.dataDir());
	}

	/**
	 * The portal is ready only once its local cloud is: S3Mock loads beside the portal's
	 * own context, and if it cannot (a store it cannot read) the start fails, saying why.
	 */
	@Bean
	SmartLifecycle localCloudReadiness(LocalCloud localCloud) {
		return new SmartLifecycle() {
			private volatile boolean running;

			@Override
			public void start() {
				localCloud.awaitReady();
				running = true;
			}

			@Override
			public void stop() {
				running = false;
			}

			@Override
			public boolean isRunning() {
				return running;
			}
		};
	}

	/**
	 * Once the portal is ready, S3Mock's first-request costs are paid in the background.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> localCloudWarmUp(EmbeddedS3Mock s3Mock) {
		return (event) -> s3Mock.warmUpInBackground();
	}

	@Bean
	LocalCloudStatus localCloudStatus(List<CloudServiceHandler> services, EmbeddedS3Mock s3Mock) {
		return new LocalCloudStatus(services, s3Mock);
	}

	/**
	 * The port, serving every service. Execute-api is apart from the services: it is
	 * reached by host and path as well as by its signing name. The servlet and the
	 * internal endpoints are no beans: Boot would register a servlet bean on the portal's
	 * own port, and a handler bean would count as an emulated service. Started and
	 * stopped by {@link LocalCloud}.
	 */
	@Bean(destroyMethod = "")
	LocalCloudHttpServer localCloudServer(LocalCloudProperties properties, DataDirectory data,
			List<CloudServiceHandler> services, @Qualifier(ExecuteApiHandler.QUALIFIER) CloudServiceHandler executeApi,
			LocalCloudStatus status) {
		return new LocalCloudHttpServer(properties.bindAddress(), properties.port(), data.resolve(".server"),
				new LocalCloudServlet(services, executeApi, new InternalEndpoints(status::current)));
	}

	@Bean(initMethod = "start", destroyMethod = "close")
	LocalCloud localCloud(LocalCloudProperties properties, DataDirectory data, EmbeddedS3Mock s3Mock,
			LocalCloudHttpServer server, LocalCloudStatus status) {
		return new LocalCloud(properties, data, s3Mock, server, status);
	}

}

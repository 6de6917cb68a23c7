package dev.imagegate.localcloud;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a {@link LocalCloudStartupException} as its one line, before Spring Boot would
 * print the exception with its whole stack of bean creation frames; anything else is left
 * to Spring Boot. Registered in {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class LocalCloudStartupReporter implements SpringBootExceptionReporter {

	private static final Logger log = LoggerFactory.getLogger("dev.imagegate.localcloud.LocalCloud");

	@Override
	public boolean reportException(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof LocalCloudStartupException startup) {
				log.error(startup.getMessage().replaceAll("\\s+", " "));
				return true;
			}
		}
		return false;
	}

}

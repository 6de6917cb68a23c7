package dev.imagegate.cloud;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says once, at startup, which cloud the portal talks to; never a credential. */
@Component
class CloudConnectionLogger {

	private static final Logger log = LoggerFactory.getLogger(CloudConnectionLogger.class);

	private final CloudConnection connection;

	CloudConnectionLogger(CloudConnection connection) {
		this.connection = connection;
	}

	@EventListener(ApplicationReadyEvent.class)
	void logConnection() {
		log.info("imagegate talks to the {}", connection.description());
	}

}

package dev.imagegate;

import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Auto-configurations the portal has no use for, skipped before Spring reads them:
 * metrics and observation (the actuator's starter brings Micrometer; the portal exposes
 * health and info only), actuator endpoints it never exposes, and springdoc's Kotlin
 * support (Kotlin is on the class path for S3Mock alone, which runs in a context of its
 * own). Parsing and evaluating these cost about a second of every start. Registered in
 * {@code META-INF/spring.factories}.
 */
class UnusedAutoConfigurations implements AutoConfigurationImportFilter {

	private static final List<String> PREFIXES = List.of("org.springframework.boot.micrometer.",
			"org.springdoc.core.configuration.SpringDocKotlin", "org.springframework.boot.actuate.autoconfigure.audit.",
			"org.springframework.boot.actuate.autoconfigure.beans.",
			"org.springframework.boot.actuate.autoconfigure.condition.",
			"org.springframework.boot.actuate.autoconfigure.context.",
			"org.springframework.boot.actuate.autoconfigure.env.",
			"org.springframework.boot.actuate.autoconfigure.logging.",
			"org.springframework.boot.actuate.autoconfigure.management.",
			"org.springframework.boot.actuate.autoconfigure.sbom.",
			"org.springframework.boot.actuate.autoconfigure.scheduling.",
			"org.springframework.boot.actuate.autoconfigure.startup.",
			"org.springframework.boot.actuate.autoconfigure.web.exchanges.",
			"org.springframework.boot.actuate.autoconfigure.web.mappings.",
			"org.springframework.boot.actuate.autoconfigure.endpoint.jmx.");

	private static final Set<String> NAMES = Set.of(
			"org.springdoc.core.configuration.SpringDocJacksonKotlinModuleConfiguration",
			"org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration",
			"org.springframework.boot.webmvc.autoconfigure.WebMvcObservationAutoConfiguration",
			"org.springframework.boot.webmvc.autoconfigure.actuate.web.mappings.WebMvcMappingsAutoConfiguration");

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
		boolean[] match = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < match.length; i++) {
			String name = autoConfigurationClasses[i];
			match[i] = name == null || !(NAMES.contains(name) || PREFIXES.stream().anyMatch(name::startsWith));
		}
		return match;
	}

}

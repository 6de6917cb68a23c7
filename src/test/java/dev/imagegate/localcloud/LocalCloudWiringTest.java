package dev.imagegate.localcloud;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way of wiring the local cloud: a {@code @Configuration} per service declares its
 * beans, and in mode {@code aws} none of them exists.
 */
class LocalCloudWiringTest {

	private static final String PACKAGE = "dev.imagegate.localcloud";

	@Test
	void everyComponentOfTheLocalCloudIsAConfiguration() {
		assertThat(components()).isNotEmpty().allSatisfy((type) -> assertThat(type).hasAnnotation(Configuration.class));
	}

	@Test
	void inModeAwsNoLocalCloudBeanExists() {
		new ApplicationContextRunner().withUserConfiguration(components().toArray(Class<?>[]::new))
			.withPropertyValues("imagegate.cloud.mode=aws")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(Stream.of(context.getBeanDefinitionNames())
					.map(context::getType)
					.filter((type) -> type != null && type.getName().startsWith(PACKAGE + "."))
					.toList()).isEmpty();
			});
	}

	/** What component scanning finds in the local cloud's packages. */
	private static List<Class<?>> components() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		return scanner.findCandidateComponents(PACKAGE)
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.<Class<?>>map((name) -> ClassUtils.resolveClassName(name, LocalCloudWiringTest.class.getClassLoader()))
			.toList();
	}

}

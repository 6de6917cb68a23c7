package dev.imagegate.localcloud.s3;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.adobe.testing.s3mock.s3.controller.BucketController;
import com.adobe.testing.s3mock.s3.controller.ControllerConfiguration;
import com.adobe.testing.s3mock.s3.controller.FaviconController;
import com.adobe.testing.s3mock.s3.controller.MultipartController;
import com.adobe.testing.s3mock.s3.controller.ObjectAclController;
import com.adobe.testing.s3mock.s3.controller.ObjectAttributesController;
import com.adobe.testing.s3mock.s3.controller.ObjectController;
import com.adobe.testing.s3mock.s3.controller.ObjectLegalHoldController;
import com.adobe.testing.s3mock.s3.controller.ObjectRetentionController;
import com.adobe.testing.s3mock.s3.controller.ObjectTaggingController;
import com.adobe.testing.s3mock.s3.service.BucketService;
import com.adobe.testing.s3mock.s3.service.MultipartService;
import com.adobe.testing.s3mock.s3.service.ObjectService;
import com.adobe.testing.s3mock.s3.service.ServiceConfiguration;
import com.adobe.testing.s3mock.s3.store.BucketStore;
import com.adobe.testing.s3mock.s3.store.KmsKeyStore;
import com.adobe.testing.s3mock.s3.store.MultipartStore;
import com.adobe.testing.s3mock.s3.store.ObjectStore;
import com.adobe.testing.s3mock.s3.store.StoreConfiguration;
import com.adobe.testing.s3mock.s3.store.StoreProperties;
import jakarta.servlet.Filter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.StandardReflectionParameterNameDiscoverer;
import org.springframework.core.env.Environment;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.xml.JacksonXmlHttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.DelegatingWebMvcConfiguration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * S3Mock's store, service and controller layers in a plain Spring MVC context, without
 * Spring Boot and without a web server: the local cloud's servlet dispatches S3 requests
 * into it in process. S3Mock's own configuration classes build every piece; they are
 * called here rather than imported, because importing them would bind S3Mock's Kotlin
 * {@code @ConfigurationProperties} records, which loads Kotlin reflection (a thousand
 * classes, a second of every start) for three settings the local cloud knows already.
 * Only what S3Mock's Boot application got from auto-configuration is added: Spring MVC,
 * its XML converter ahead of the defaults, its header converters, a JSON mapper for its
 * metadata files and multipart support for browser-form uploads (POST Object).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(InS3MockContext.class)
@Import({ DelegatingWebMvcConfiguration.class, S3ErrorAdvice.class })
class S3MockWebConfiguration {

	static final String ROOT = "com.adobe.testing.s3mock.store.root";

	static final String REGION = "com.adobe.testing.s3mock.store.region";

	private final StoreConfiguration store = new StoreConfiguration();

	private final ServiceConfiguration services = new ServiceConfiguration();

	private final ControllerConfiguration controllers = new ControllerConfiguration();

	// Store: objects and metadata under the root, files kept when the local cloud stops.

	@Bean
	StoreProperties s3MockStoreProperties(Environment environment) {
		return new StoreProperties(true, environment.getRequiredProperty(ROOT), Set.of(), List.of(),
				environment.getRequiredProperty(REGION));
	}

	@Bean
	File s3MockRootFolder(StoreProperties properties) {
		return store.rootFolder(properties);
	}

	/**
	 * S3Mock's metadata files (bucket and object JSON) as its Boot application wrote
	 * them.
	 */
	@Bean
	JsonMapper s3MockJsonMapper() {
		return JsonMapper.builder().findAndAddModules().build();
	}

	@Bean
	BucketStore bucketStore(StoreProperties properties, File s3MockRootFolder, JsonMapper s3MockJsonMapper) {
		return store.bucketStore(properties, s3MockRootFolder, store.bucketNames(s3MockRootFolder), s3MockJsonMapper,
				properties.region());
	}

	@Bean
	ObjectStore objectStore(BucketStore bucketStore, File s3MockRootFolder, JsonMapper s3MockJsonMapper) {
		return store.objectStore(store.bucketNames(s3MockRootFolder), bucketStore, s3MockJsonMapper);
	}

	@Bean
	MultipartStore multipartStore(ObjectStore objectStore, JsonMapper s3MockJsonMapper) {
		return store.multipartStore(objectStore, s3MockJsonMapper);
	}

	@Bean
	KmsKeyStore kmsKeyStore(StoreProperties properties) {
		return store.kmsKeyStore(properties);
	}

	// Services.

	@Bean
	BucketService bucketService(BucketStore bucketStore, ObjectStore objectStore) {
		return services.bucketService(bucketStore, objectStore);
	}

	@Bean
	ObjectService objectService(BucketStore bucketStore, ObjectStore objectStore) {
		return services.objectService(bucketStore, objectStore);
	}

	@Bean
	MultipartService multipartService(BucketStore bucketStore, MultipartStore multipartStore) {
		return services.multipartService(bucketStore, multipartStore);
	}

	// Controllers, S3Mock's KMS key check and its XML.

	@Bean
	ObjectController objectController(ObjectService objects, BucketService buckets) {
		return controllers.fileStoreController(objects, buckets);
	}

	@Bean
	ObjectAclController objectAclController(ObjectService objects, BucketService buckets) {
		return controllers.objectAclController(objects, buckets);
	}

	@Bean
	ObjectTaggingController objectTaggingController(ObjectService objects, BucketService buckets) {
		return controllers.objectTaggingController(objects, buckets);
	}

	@Bean
	ObjectLegalHoldController objectLegalHoldController(ObjectService objects, BucketService buckets) {
		return controllers.objectLegalHoldController(objects, buckets);
	}

	@Bean
	ObjectRetentionController objectRetentionController(ObjectService objects, BucketService buckets) {
		return controllers.objectRetentionController(objects, buckets);
	}

	@Bean
	ObjectAttributesController objectAttributesController(ObjectService objects, BucketService buckets) {
		return controllers.objectAttributesController(objects, buckets);
	}

	@Bean
	BucketController bucketController(BucketService buckets) {
		return controllers.bucketController(buckets);
	}

	@Bean
	MultipartController multipartController(BucketService buckets, ObjectService objects, MultipartService multipart) {
		return controllers.multipartController(buckets, objects, multipart);
	}

	@Bean
	FaviconController faviconController() {
		return controllers.faviconController();
	}

	@Bean
	JacksonXmlHttpMessageConverter s3MockXmlConverter() {
		return controllers.messageConverter();
	}

	@Bean
	Filter kmsFilter(KmsKeyStore keys, JacksonXmlHttpMessageConverter s3MockXmlConverter) {
		return controllers.kmsFilter(keys, s3MockXmlConverter);
	}

	// Spring MVC as S3Mock's Boot application configured it.

	@Bean(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
	StandardServletMultipartResolver multipartResolver() {
		return new StandardServletMultipartResolver();
	}

	/** S3Mock's own content negotiation (XML by default). */
	@Bean
	WebMvcConfigurer s3MockContentNegotiation() {
		return controllers;
	}

	@Bean
	WebMvcConfigurer s3MockConverters(JacksonXmlHttpMessageConverter s3MockXmlConverter) {
		return new WebMvcConfigurer() {
			@Override
			public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
				builder.addCustomConverter(s3MockXmlConverter);
			}

			/**
			 * S3Mock's header converters (ranges, tagging, canned ACLs, ...), as its Boot
			 * application had them.
			 */
			@Override
			public void addFormatters(FormatterRegistry registry) {
				registry.addConverter(controllers.objectCannedAclHeaderConverter());
				registry.addConverter(controllers.taggingHeaderConverter());
				registry.addConverter(controllers.httpRangeHeaderConverter());
				registry.addConverter(controllers.objectOwnershipHeaderConverter());
				registry.addConverter(controllers.checksumModeHeaderConverter());
				registry.addConverter(controllers.regionConverter());
			}
		};
	}

	/**
	 * GetObject's streamed body is written on the request's own thread
	 * ({@link SynchronousStreaming}), and parameter names come from the byte code, not
	 * from Kotlin reflection.
	 */
	@Bean
	static BeanPostProcessor synchronousStreaming() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getReturnValueHandlers() != null) {
					List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>();
					handlers.add(new SynchronousStreaming());
					handlers.addAll(adapter.getReturnValueHandlers());
					adapter.setReturnValueHandlers(handlers);
					adapter.setParameterNameDiscoverer(new StandardReflectionParameterNameDiscoverer());
				}
				return bean;
			}
		};
	}

}

package dev.imagegate.localcloud.s3;

import java.util.ArrayList;
import java.util.List;

import com.adobe.testing.s3mock.s3.controller.ControllerConfiguration;
import com.adobe.testing.s3mock.s3.service.ServiceConfiguration;
import com.adobe.testing.s3mock.s3.store.StoreConfiguration;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.StandardReflectionParameterNameDiscoverer;
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
 * S3Mock's own store, service and controller layers in a plain Spring MVC context, without
 * Spring Boot and without a web server: the local cloud's servlet dispatches S3 requests into
 * it in process. Only what S3Mock's Boot application got from auto-configuration is added
 * here: Spring MVC, its XML converter ahead of the defaults, its header converters, a JSON
 * mapper for its metadata files and multipart support for browser-form uploads (POST Object).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(InS3MockContext.class)
@Import({ StoreConfiguration.class, ServiceConfiguration.class, ControllerConfiguration.class,
		DelegatingWebMvcConfiguration.class, S3ErrorAdvice.class })
class S3MockWebConfiguration {

	/** S3Mock's metadata files (bucket and object JSON) as its Boot application wrote them. */
	@Bean
	JsonMapper s3MockJsonMapper() {
		return JsonMapper.builder().findAndAddModules().build();
	}

	@Bean(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
	StandardServletMultipartResolver multipartResolver() {
		return new StandardServletMultipartResolver();
	}

	@Bean
	WebMvcConfigurer s3MockConverters(JacksonXmlHttpMessageConverter xml, ListableBeanFactory beans) {
		return new WebMvcConfigurer() {
			@Override
			public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
				builder.addCustomConverter(xml);
			}

			@Override
			public void addFormatters(FormatterRegistry registry) {
				// S3Mock's header converters (ranges, tagging, canned ACLs, ...) are beans.
				ApplicationConversionService.addBeans(registry, beans);
			}
		};
	}

	/** GetObject's streamed body is written on the request's own thread (see {@link SynchronousStreaming}). */
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

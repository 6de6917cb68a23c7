package dev.imagegate.endpoints;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.http.BodyLimit;
import dev.imagegate.http.ProblemJson;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JSON API's bodies are small (a spec is well under a kilobyte): one over 64 KB is
 * refused with 413 before it is parsed, by its declared length or, when it has none, as
 * soon as the 64 KB are read.
 */
@Configuration(proxyBeanMethods = false)
class ApiBodyLimit {

	static final int MAX_BYTES = 64 * 1024;

	private static final String TITLE = "Request body too large";

	private static final String TOO_LARGE = "The request body is larger than 64 KB; a spec is much smaller.";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiBodyLimitFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	/** Whether a body could not be read because it was over the limit. */
	static boolean isTooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyLimit.TooLarge) {
				return true;
			}
		}
		return false;
	}

	static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE);
		problem.setTitle(TITLE);
		return problem;
	}

	private static final class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > MAX_BYTES) {
				ProblemJson.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), TITLE, TOO_LARGE);
				return;
			}
			chain.doFilter(BodyLimit.withLimitedBody(request, MAX_BYTES), response);
		}

	}

}

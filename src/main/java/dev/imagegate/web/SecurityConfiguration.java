package dev.imagegate.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.http.ProblemJson;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Every page needs a login and carries CSRF protection; the JSON API takes HTTP Basic
 * with the same accounts and no session, which is why it, and only it, skips CSRF: a
 * browser's session cookie does not authenticate it. Security headers keep pages from
 * running inline script or being framed. Failed sign-ins, by form or Basic, are throttled
 * ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob: http: https:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	LoginThrottle loginThrottle(LoginThrottleProperties properties) {
		return new LoginThrottle(properties, Clock.systemUTC());
	}

	@Bean
	@Order(1)
	SecurityFilterChain jsonApi(HttpSecurity http, LoginThrottle throttle) throws Exception {
		return http.securityMatcher("/api/**", "/v3/api-docs/**")
			.addFilterBefore(LoginThrottleFilter.forHttpBasic(throttle), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.httpBasic((basic) -> basic.realmName("imagegate")
				.authenticationEntryPoint(SecurityConfiguration::unauthorized))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle) throws Exception {
		return http
			.addFilterBefore(LoginThrottleFilter.forLoginForm(throttle), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((authorize) -> authorize
				.requestMatchers("/login", "/css/**", "/favicon.ico", "/favicon.svg", "/error", "/actuator/health/**",
						"/actuator/health")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(
					(form) -> form.loginPage("/login").permitAll().failureHandler(SecurityConfiguration::loginFailed))
			// After login, the page that was asked for as it was asked for (no
			// "?continue" added).
			.requestCache((cache) -> cache.requestCache(savedRequests()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new MaskedCsrfTokens()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.build();
	}

	private static HttpSessionRequestCache savedRequests() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	/**
	 * The JSON API's 401: the Basic challenge, and a problem detail saying what to send.
	 */
	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"imagegate\"");
		ProblemJson.write(response, HttpStatus.UNAUTHORIZED.value(), "Unauthorized",
				"This API needs HTTP Basic authentication with a portal account (curl -u user:password).");
	}

	/**
	 * Back to the form, which keeps the user name typed (not the password) for the next
	 * try.
	 */
	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		String username = request.getParameter("username");
		if (username != null) {
			request.getSession()
				.setAttribute(LoginController.LAST_USERNAME,
						(username.length() > 64) ? username.substring(0, 64) : username);
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}

package dev.imagegate.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.http.ProblemJson;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt while its client or account must wait
 * ({@link LoginThrottle}), before the password is looked at: the login form is sent back
 * to the login page saying when to retry; HTTP Basic gets 429 with {@code Retry-After}
 * and a problem detail.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final Function<HttpServletRequest, String> account;

	private final boolean basic;

	private LoginThrottleFilter(LoginThrottle throttle, Function<HttpServletRequest, String> account, boolean basic) {
		this.throttle = throttle;
		this.account = account;
		this.basic = basic;
	}

	/** The login form's POST. */
	static LoginThrottleFilter forLoginForm(LoginThrottle throttle) {
		return new LoginThrottleFilter(throttle,
				(request) -> ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()))
						? request.getParameter("username") : null,
				false);
	}

	/** A request carrying HTTP Basic credentials. */
	static LoginThrottleFilter forHttpBasic(LoginThrottle throttle) {
		return new LoginThrottleFilter(throttle, LoginThrottleFilter::basicUser, true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String user = account.apply(request);
		Optional<Duration> wait = (user != null) ? throttle.waitBefore(request.getRemoteAddr(), user)
				: Optional.empty();
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = wait.get().toSeconds();
		if (basic) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			ProblemJson.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), "Too many failed sign-ins",
					"Too many failed sign-ins from this address or for this account. Try again in " + seconds
							+ " seconds.");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
		}
	}

	/**
	 * The user name of a Basic Authorization header, or null (Spring Security answers the
	 * malformed ones).
	 */
	private static String basicUser(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon < 0) ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}

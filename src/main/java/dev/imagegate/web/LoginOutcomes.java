package dev.imagegate.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Tells the login throttle how each sign-in went, from Spring Security's events. */
@Component
class LoginOutcomes {

	private final LoginThrottle throttle;

	LoginOutcomes(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String client = client(event);
		if (client != null) {
			throttle.failed(client, event.getAuthentication().getName());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String client = client(event);
		if (client != null) {
			throttle.succeeded(client, event.getAuthentication().getName());
		}
	}

	private static String client(AbstractAuthenticationEvent event) {
		return (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
	}

}

package dev.imagegate.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import dev.imagegate.cloud.CloudMode;
import dev.imagegate.cloud.CloudProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The portal's accounts, from configuration. In local mode with none configured, one
 * {@code admin} with a random password, shown once on the console (never a fixed default,
 * never in the log). In aws mode an account must be configured: the portal acts on a real
 * AWS account.
 */
@Configuration(proxyBeanMethods = false)
class UserAccounts {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(PortalUsers configured, CloudProperties cloud, PasswordEncoder encoder) {
		List<UserDetails> users = new ArrayList<>();
		for (PortalUsers.User user : configured.users()) {
			String password = user.password().startsWith("{") ? user.password() : encoder.encode(user.password());
			users.add(User.withUsername(user.name()).password(password).roles("USER").build());
		}
		if (users.isEmpty()) {
			if (cloud.mode() != CloudMode.LOCAL) {
				throw new IllegalStateException("imagegate.cloud.mode=aws needs at least one account: set "
						+ "imagegate.security.users[0].name and imagegate.security.users[0].password");
			}
			String password = randomPassword();
			users.add(User.withUsername("admin").password(encoder.encode(password)).roles("USER").build());
			showOnce(password);
		}
		return new InMemoryUserDetailsManager(users);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** On the console only: log files and aggregators must never hold a credential. */
	@SuppressWarnings("java:S106")
	private static void showOnce(String password) {
		System.out.println("""

				  imagegate: no account is configured, so for this run you can log in as
				    user:     admin
				    password: %s
				  (set imagegate.security.users[0].name / .password to choose your own)
				""".formatted(password));
	}

}

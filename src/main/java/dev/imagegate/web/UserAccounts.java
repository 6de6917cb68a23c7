package dev.imagegate.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.imagegate.cloud.CloudMode;
import dev.imagegate.cloud.CloudProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
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

	/** The sign-in check of both the login form and the JSON API's HTTP Basic. */
	@Bean
	AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
		return new RememberedCredentials(users, encoder, Clock.systemUTC());
	}

	@Bean
	UserDetailsService userDetailsService(PortalUsers configured, CloudProperties cloud, PasswordEncoder encoder) {
		Map<String, String> passwords = new LinkedHashMap<>();
		configured.users().forEach((user) -> passwords.put(user.name(), user.password()));
		if (passwords.isEmpty()) {
			if (cloud.mode() != CloudMode.LOCAL) {
				throw new IllegalStateException("imagegate.cloud.mode=aws needs at least one account: set "
						+ "imagegate.security.users[0].name and imagegate.security.users[0].password");
			}
			String password = randomPassword();
			passwords.put("admin", password);
			showOnce(password);
		}
		return new HashedInBackground(passwords, encoder);
	}

	/**
	 * The accounts with their passwords hashed on a thread of their own: a bcrypt hash
	 * costs a few hundred milliseconds on a cold JVM, which every start would otherwise
	 * wait for. A login before the hashes are ready waits for them.
	 */
	static final class HashedInBackground implements UserDetailsService {

		private final CompletableFuture<UserDetailsService> users;

		HashedInBackground(Map<String, String> passwords, PasswordEncoder encoder) {
			this.users = CompletableFuture.supplyAsync(() -> {
				List<UserDetails> users = new ArrayList<>();
				passwords.forEach((name, password) -> {
					String hashed = password.startsWith("{") ? password : encoder.encode(password);
					users.add(User.withUsername(name).password(hashed).roles("USER").build());
				});
				return new InMemoryUserDetailsManager(users);
			}, HashedInBackground::startThread);
		}

		private static void startThread(Runnable task) {
			Thread thread = new Thread(task, "password-hashing");
			thread.setDaemon(true);
			thread.start();
		}

		@Override
		public UserDetails loadUserByUsername(String username) {
			return this.users.join().loadUserByUsername(username);
		}

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

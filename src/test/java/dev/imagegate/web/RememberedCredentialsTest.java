package dev.imagegate.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.imagegate.MovingClock;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A verified pair skips the password hash for a while; anything else is checked every
 * time.
 */
class RememberedCredentialsTest {

	private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final AtomicInteger hashChecks = new AtomicInteger();

	/** The real encoder, counting how often a password is checked against its hash. */
	private final PasswordEncoder counting = new PasswordEncoder() {

		@Override
		public String encode(CharSequence raw) {
			return real.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			hashChecks.incrementAndGet();
			return real.matches(raw, encoded);
		}

	};

	private final MovingClock clock = new MovingClock();

	private final RememberedCredentials credentials = new RememberedCredentials(
			new InMemoryUserDetailsManager(
					User.withUsername("ada").password(real.encode("right-password")).roles("USER").build()),
			counting, clock);

	private static UsernamePasswordAuthenticationToken pair(String user, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
	}

	@Test
	void aVerifiedPairIsNotHashedAgainWithinFiveMinutes() {
		Authentication first = credentials.authenticate(pair("ada", "right-password"));
		clock.move(Duration.ofMinutes(4));
		Authentication second = credentials.authenticate(pair("ada", "right-password"));

		assertThat(hashChecks).hasValue(1);
		assertThat(second.isAuthenticated()).isTrue();
		assertThat(second.getName()).isEqualTo("ada");
		assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
		assertThat(second.getCredentials()).isNull();
	}

	@Test
	void afterFiveMinutesThePasswordIsCheckedAgain() {
		credentials.authenticate(pair("ada", "right-password"));
		clock.move(RememberedCredentials.REMEMBERED_FOR);
		credentials.authenticate(pair("ada", "right-password"));

		assertThat(hashChecks).hasValue(2);
	}

	@Test
	void aWrongPasswordIsCheckedEveryTimeEvenAfterTheRightOne() {
		credentials.authenticate(pair("ada", "right-password"));

		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> credentials.authenticate(pair("ada", "wrong-password")));
		}
		assertThat(hashChecks).hasValue(4);
	}

	@Test
	void thePairIsRememberedAsAWholeNotByItsParts() {
		credentials.authenticate(pair("ada", "right-password"));

		// The same characters split differently between name and password are another
		// pair.
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> credentials.authenticate(pair("adar", "ight-password")));
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> credentials.authenticate(pair("ada", "right-password ")));
	}

}

package dev.imagegate.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a user name and password as Spring Security does (against the bcrypt hash, slow
 * on purpose: about 70 ms), and remembers a pair it verified for a few minutes, as
 * Apache's mod_authn_socache does. The JSON API keeps no session, so without this every
 * request of a script would pay the hash again. What is kept is an HMAC of the pair under
 * a key made at start and held only in memory, never the password; a pair that failed is
 * never remembered, so a wrong password is always checked (and counted by the login
 * throttle).
 */
final class RememberedCredentials implements AuthenticationProvider {

	static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

	/**
	 * More pairs than accounts times their clients would ever use: past it, the oldest go
	 * first.
	 */
	static final int MAX_REMEMBERED = 1000;

	private final DaoAuthenticationProvider checker;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	/**
	 * The check's outcome: its authorities include when the password factor was verified.
	 */
	private record Verified(UserDetails user, Collection<? extends GrantedAuthority> authorities, Instant until) {
	}

	RememberedCredentials(UserDetailsService users, PasswordEncoder encoder, Clock clock) {
		this.checker = new DaoAuthenticationProvider(users);
		this.checker.setPasswordEncoder(encoder);
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (!(authentication.getCredentials() instanceof String password)) {
			return checker.authenticate(authentication);
		}
		String digest = digest(authentication.getName(), password);
		Instant now = clock.instant();
		Verified known = verified.get(digest);
		if (known != null && now.isBefore(known.until())) {
			UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(known.user(),
					null, known.authorities());
			result.setDetails(authentication.getDetails());
			return result;
		}
		Authentication result = checker.authenticate(authentication);
		if (result.getPrincipal() instanceof UserDetails user) {
			remember(digest, new Verified(user, result.getAuthorities(), now.plus(REMEMBERED_FOR)), now);
		}
		return result;
	}

	private void remember(String digest, Verified pair, Instant now) {
		if (verified.size() >= MAX_REMEMBERED) {
			verified.values().removeIf((v) -> !now.isBefore(v.until()));
			if (verified.size() >= MAX_REMEMBERED) {
				verified.clear();
			}
		}
		verified.put(digest, pair);
	}

	private String digest(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return checker.supports(authentication);
	}

}

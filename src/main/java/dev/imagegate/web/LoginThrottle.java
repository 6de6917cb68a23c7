package dev.imagegate.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Counts failed sign-ins per client address and per account, in memory and bounded, and
 * says how long a new attempt must wait. A refused attempt is answered before any
 * password is hashed, so an attacker's retries cost next to nothing; a success clears the
 * client's count and the account's.
 */
public class LoginThrottle {

	private static final Log logger = LogFactory.getLog(LoginThrottle.class);

	private static final int MAX_KEY_LENGTH = 128;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	private final Failures byClient;

	private final Failures byAccount;

	LoginThrottle(LoginThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.byClient = new Failures(properties.tracked());
		this.byAccount = new Failures(properties.tracked());
	}

	/** How long this client must wait before trying this account again, if at all. */
	public Optional<Duration> waitBefore(String client, String account) {
		Instant now = clock.instant();
		Duration wait = max(byClient.wait(client, now), byAccount.wait(accountKey(account), now));
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	public void failed(String client, String account) {
		Instant now = clock.instant();
		Duration clientWait = byClient.fail(client, now, properties.freeFailures(), properties.maxWait());
		byAccount.fail(accountKey(account), now, properties.freeFailures() * 2, properties.accountMaxWait());
		if (clientWait.compareTo(Duration.ofMinutes(1)) >= 0) {
			logger.warn("Sign-ins from " + client + " are refused for " + clientWait.toSeconds()
					+ " s after repeated failures");
		}
	}

	public void succeeded(String client, String account) {
		byClient.forget(client);
		byAccount.forget(accountKey(account));
	}

	/** User names are matched without case; an attacker's long names are cut short. */
	private static String accountKey(String account) {
		String key = (account != null) ? account.toLowerCase(Locale.ROOT) : "";
		return (key.length() > MAX_KEY_LENGTH) ? key.substring(0, MAX_KEY_LENGTH) : key;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	/** Failures per key, the least recently used dropped beyond the bound. */
	private final class Failures {

		private final Map<String, Count> counts;

		Failures(int bound) {
			this.counts = new LinkedHashMap<>(64, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
					return size() > bound;
				}
			};
		}

		synchronized Duration wait(String key, Instant now) {
			Count count = current(key, now);
			if (count == null || !count.until.isAfter(now)) {
				return Duration.ZERO;
			}
			// Rounded up: "try again in 0 seconds" would be refused once more.
			return Duration.ofSeconds((Duration.between(now, count.until).toMillis() + 999) / 1000);
		}

		synchronized Duration fail(String key, Instant now, int free, Duration maxWait) {
			Count count = current(key, now);
			if (count == null) {
				count = new Count();
				counts.put(key, count);
			}
			count.failures++;
			count.last = now;
			int over = count.failures - free;
			if (over <= 0) {
				return Duration.ZERO;
			}
			Duration wait = Duration.ofSeconds(1L << Math.min(over - 1, 30));
			if (wait.compareTo(maxWait) > 0) {
				wait = maxWait;
			}
			count.until = now.plus(wait);
			return wait;
		}

		synchronized void forget(String key) {
			counts.remove(key);
		}

		private Count current(String key, Instant now) {
			Count count = counts.get(key);
			if (count != null && Duration.between(count.last, now).compareTo(properties.forgetAfter()) > 0
					&& !count.until.isAfter(now)) {
				counts.remove(key);
				return null;
			}
			return count;
		}

	}

	private static final class Count {

		int failures;

		Instant last = Instant.EPOCH;

		Instant until = Instant.EPOCH;

	}

}

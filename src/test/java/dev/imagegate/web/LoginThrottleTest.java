package dev.imagegate.web;

import java.time.Duration;

import dev.imagegate.MovingClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's rules, on a clock the test moves. */
class LoginThrottleTest {

	private final MovingClock clock = new MovingClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new LoginThrottleProperties(3, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15), 10),
			clock);

	@Test
	void theFirstFailuresCostNothingThenEachDoublesTheWait() {
		fail("10.0.0.1", "alice", 3);
		assertThat(throttle.waitBefore("10.0.0.1", "alice")).isEmpty();

		fail("10.0.0.1", "alice", 1);
		assertThat(throttle.waitBefore("10.0.0.1", "alice")).contains(Duration.ofSeconds(1));
		clock.move(Duration.ofSeconds(1));
		fail("10.0.0.1", "alice", 1);
		assertThat(throttle.waitBefore("10.0.0.1", "alice")).contains(Duration.ofSeconds(2));
		clock.move(Duration.ofSeconds(2));
		fail("10.0.0.1", "alice", 1);
		assertThat(throttle.waitBefore("10.0.0.1", "alice")).contains(Duration.ofSeconds(4));
	}

	@Test
	void aClientWaitsAtMostTheLongestWaitAndIsThenHeardAgain() {
		fail("10.0.0.2", "bob", 40);

		assertThat(throttle.waitBefore("10.0.0.2", "carol")).as("whatever account it tries")
			.contains(Duration.ofMinutes(15));
		clock.move(Duration.ofMinutes(15));
		assertThat(throttle.waitBefore("10.0.0.2", "carol")).isEmpty();
	}

	@Test
	void anAccountUnderAttackIsHeldOnlyBrieflyForOtherClients() {
		for (int client = 0; client < 8; client++) {
			fail("10.0.1." + client, "Dave", 1);
		}
		assertThat(throttle.waitBefore("10.0.2.1", "dave")).as("7th and 8th failure: 1 s, then 2 s")
			.contains(Duration.ofSeconds(2));

		for (int client = 8; client < 60; client++) {
			fail("10.0.1." + client, "dave", 1);
		}
		assertThat(throttle.waitBefore("10.0.2.1", "DAVE")).contains(Duration.ofSeconds(30));
		clock.move(Duration.ofSeconds(30));
		assertThat(throttle.waitBefore("10.0.2.1", "dave")).isEmpty();
	}

	@Test
	void aSuccessClearsTheClientAndTheAccount() {
		fail("10.0.0.3", "erin", 5);
		clock.move(Duration.ofMinutes(1));

		throttle.succeeded("10.0.0.3", "erin");
		fail("10.0.0.3", "erin", 3);

		assertThat(throttle.waitBefore("10.0.0.3", "erin")).isEmpty();
	}

	@Test
	void oldFailuresAreForgotten() {
		fail("10.0.0.4", "frank", 3);
		clock.move(Duration.ofMinutes(16));

		fail("10.0.0.4", "frank", 1);

		assertThat(throttle.waitBefore("10.0.0.4", "frank")).isEmpty();
	}

	@Test
	void onlyTheMostRecentClientsAreRemembered() {
		fail("10.0.0.5", "grace", 4);
		assertThat(throttle.waitBefore("10.0.0.5", "x")).isPresent();

		for (int client = 0; client < 10; client++) {
			fail("10.0.3." + client, "someone-" + client, 1);
		}

		assertThat(throttle.waitBefore("10.0.0.5", "x")).as("pushed out by ten newer clients").isEmpty();
	}

	private void fail(String client, String account, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(client, account);
		}
	}

}

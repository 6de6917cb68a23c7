package dev.imagegate.web;

import java.net.http.HttpResponse;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins over HTTP, by the login form and by HTTP Basic, with short waits: after
 * the free failures even the right password is refused until the wait is over, and says
 * when.
 */
@LocalCloudTest
@TestPropertySource(properties = { "imagegate.security.login-throttle.free-failures=2",
		"imagegate.security.login-throttle.max-wait=3s", "imagegate.security.login-throttle.account-max-wait=2s" })
class LoginThrottlingTest {

	@LocalServerPort
	int port;

	/** Every test starts from a client with no failures: one success clears them. */
	@BeforeEach
	void clearFailures() throws Exception {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (new PortalClient(port).api("GET", "/api/endpoints", null).statusCode() != 200) {
			assertThat(System.nanoTime()).as("the throttle lets the right password in again").isLessThan(deadline);
			Thread.sleep(250);
		}
	}

	@Test
	void theLoginFormRefusesEvenTheRightPasswordWhileTheClientWaits() throws Exception {
		PortalClient browser = new PortalClient(port);
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> wrong = browser.login(LocalCloudTest.USER, "wrong-" + i);
			assertThat(wrong.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		}

		HttpResponse<String> right = browser.login(LocalCloudTest.USER, LocalCloudTest.PASSWORD);

		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).matches(".*/login\\?throttled=[12]"));
		assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);
		String page = browser.get("/login?throttled=2").body();
		assertThat(page).contains("Too many failed sign-ins").contains("Try again in <span>2 seconds</span>");
	}

	@Test
	void httpBasicAnswers429WithRetryAfterThenLetsTheRightPasswordIn() throws Exception {
		PortalClient script = new PortalClient(port);
		for (int i = 0; i < 3; i++) {
			assertThat(script.api("GET", "/api/endpoints", null, LocalCloudTest.USER, "wrong-" + i).statusCode())
				.isEqualTo(401);
		}

		HttpResponse<String> refused = script.api("GET", "/api/endpoints", null);

		assertThat(refused.statusCode()).isEqualTo(429);
		String retryAfter = refused.headers().firstValue("Retry-After").orElseThrow();
		assertThat(retryAfter).matches("[12]");
		assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(refused.body()).contains("\"status\":429").contains("Try again in " + retryAfter + " seconds");

		Thread.sleep(Long.parseLong(retryAfter) * 1000 + 100);
		assertThat(script.api("GET", "/api/endpoints", null).statusCode()).isEqualTo(200);
	}

	@Test
	void theLoginPageIgnoresAWaitThatIsNotOne() throws Exception {
		PortalClient browser = new PortalClient(port);

		for (String value : new String[] { "0", "-5", "abc", "99999999", "<b>1</b>" }) {
			assertThat(browser.get("/login?throttled=" + java.net.URLEncoder.encode(value, "UTF-8")).body()).as(value)
				.doesNotContain("Too many failed sign-ins");
		}
	}

}

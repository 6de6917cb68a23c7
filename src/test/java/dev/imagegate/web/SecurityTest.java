package dev.imagegate.web;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Login, CSRF, security headers and the JSON API's Basic authentication, over HTTP. */
@LocalCloudTest
class SecurityTest {

	@LocalServerPort
	int port;

	@Test
	void pagesNeedALogin() throws Exception {
		HttpResponse<String> home = new PortalClient(port).get("/");

		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	@Test
	void theLoginPageCarriesACsrfTokenAndSecurityHeaders() throws Exception {
		HttpResponse<String> login = new PortalClient(port).get("/login");

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"_csrf\"").contains("<label for=\"password\">");
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
		assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
		HttpResponse<String> response = new PortalClient(port).post("/login",
				"username=" + LocalCloudTest.USER + "&password=" + LocalCloudTest.PASSWORD);

		assertThat(response.statusCode()).isEqualTo(403);
	}

	/**
	 * A token of the right length whose unmasked bytes are not UTF-8 (Spring Security's
	 * own handler threw on it: a 500 and a stack trace per request), on the anonymous
	 * login form and on a signed-in user's form.
	 */
	@Test
	void aForgedCsrfTokenOfTheRightLengthIsA403() throws Exception {
		PortalClient anonymous = new PortalClient(port);
		String forged = forgedLike(anonymous.csrfToken("/login"));

		HttpResponse<String> login = anonymous.post("/login",
				"username=" + LocalCloudTest.USER + "&password=" + LocalCloudTest.PASSWORD + "&_csrf=" + forged);

		assertThat(login.statusCode()).isEqualTo(403);
		assertThat(anonymous.get("/").statusCode()).as("not signed in").isEqualTo(302);

		PortalClient signedIn = new PortalClient(port);
		signedIn.loginAsTester();
		HttpResponse<String> logout = signedIn.post("/logout", "_csrf=" + forgedLike(signedIn.csrfToken("/")));

		assertThat(logout.statusCode()).isEqualTo(403);
		assertThat(signedIn.get("/").statusCode()).as("still signed in").isEqualTo(200);
	}

	/** Same length as a real token; unmasks to 0xFF bytes, which are never UTF-8. */
	private static String forgedLike(String token) {
		int half = Base64.getUrlDecoder().decode(token).length / 2;
		byte[] forged = new byte[half * 2];
		Arrays.fill(forged, half, forged.length, (byte) 0xFF);
		return Base64.getUrlEncoder().encodeToString(forged);
	}

	@Test
	void aWrongPasswordIsTurnedAway() throws Exception {
		PortalClient portal = new PortalClient(port);

		HttpResponse<String> response = portal.login(LocalCloudTest.USER, "wrong");

		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		assertThat(portal.get("/").statusCode()).isEqualTo(302);
		String again = portal.get("/login?error").body();
		assertThat(again).contains("Wrong user name or password.")
			.contains("value=\"" + LocalCloudTest.USER + "\"")
			.doesNotContain("value=\"wrong\"");
		assertThat(portal.get("/login").body()).as("shown once")
			.doesNotContain("value=\"" + LocalCloudTest.USER + "\"");
	}

	@Test
	void logInThenOutAgain() throws Exception {
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();

		HttpResponse<String> home = portal.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(LocalCloudTest.USER).contains("Log out");

		String token = portal.csrfToken("/");
		HttpResponse<String> logout = portal.post("/logout", "_csrf=" + token);
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?logout"));
		assertThat(portal.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void theJsonApiTakesHttpBasicAndNothingElse() throws Exception {
		PortalClient portal = new PortalClient(port);

		HttpResponse<String> anonymous = portal.api("GET", "/api/endpoints", null, null, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"imagegate\"");
		assertThat(anonymous.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(anonymous.body()).contains("\"status\":401").contains("HTTP Basic authentication");
		assertThat(portal.api("GET", "/api/endpoints", null, LocalCloudTest.USER, "wrong").statusCode()).isEqualTo(401);
		assertThat(portal.api("GET", "/api/endpoints", null).statusCode()).isEqualTo(200);

		// A browser's login session does not authenticate the API (hence no CSRF there).
		portal.loginAsTester();
		assertThat(portal.api("GET", "/api/endpoints", null, null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void afterLoginThePageAskedForOpensAsItWasAsked() throws Exception {
		PortalClient portal = new PortalClient(port);
		assertThat(portal.get("/buckets?page=").statusCode()).isEqualTo(302);

		HttpResponse<String> login = portal.loginAsTester();

		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/buckets?page=").doesNotContain("continue"));
	}

	@Test
	void healthIsOpenForProbesButItsDetailsAreNot() throws Exception {
		HttpResponse<String> health = new PortalClient(port).get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"")
			.doesNotContain("components")
			.doesNotContain("localCloud");
		assertThat(new PortalClient(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void theSessionCookieIsSameSiteAndHttpOnly() throws Exception {
		HttpResponse<String> login = new PortalClient(port).get("/login");

		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.containsIgnoringCase("; HttpOnly")
				.containsIgnoringCase("; SameSite=Lax"));
	}

	@Test
	void errorsNeverShowAStackTrace() throws Exception {
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();

		HttpResponse<String> missing = portal.get("/no-such-page");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

}

package dev.imagegate.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import dev.imagegate.CloudSnapshot;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The portal's forms as a careless user or an attacker fills them in, in the browser's
 * own encoding: each answer is a 4xx page saying what is wrong (escaped), and the cloud
 * is exactly as it was (listed before and after). And every form refuses a forged CSRF
 * token.
 */
@LocalCloudTest
class HostilePagesTest {

	@LocalServerPort
	int port;

	@Autowired
	CloudSnapshot.Taker cloud;

	static Stream<Arguments> bucketNames() {
		return Stream.of(name("capitals", "Hostile-Bucket", "may contain only lowercase letters"),
				name("too short", "ab", "must be between 3 and 63 characters long"),
				name("too long", "a".repeat(64), "must be between 3 and 63 characters long"),
				name("an IP address", "192.168.0.1", "must not look like an IP address"),
				name("a reserved prefix", "xn--hostile", "must not start with the reserved prefix xn--"),
				name("a reserved suffix", "hostile-s3alias", "must not end with the reserved suffix -s3alias"),
				name("markup", "<script>alert(1)</script>", "may contain only lowercase letters"),
				name("two dots", "a..b", "must not contain two adjacent dots"),
				name("a leading hyphen", "-hostile", "must begin and end with a letter or a digit"),
				name("empty", "", "must"));
	}

	@ParameterizedTest
	@MethodSource("bucketNames")
	void aBadBucketNameIsA400AndCreatesNothing(String bucket, String reason) throws Exception {
		PortalClient portal = loggedIn();
		CloudSnapshot before = cloud.take();

		HttpResponse<String> answer = portal.post("/buckets",
				"name=" + encode(bucket) + "&region=&_csrf=" + portal.csrfToken("/buckets"));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains(reason).doesNotContain("<script>alert");
		assertThat(cloud.take()).isEqualTo(before);
	}

	static Stream<Arguments> wizardFields() {
		return Stream.of(field("rate NaN", "rateLimit", "NaN", "must be a number such as 10 or 2.5"),
				field("rate in exponent form", "rateLimit", "1e3", "must be a number such as 10 or 2.5"),
				field("rate Infinity", "rateLimit", "Infinity", "must be a number such as 10 or 2.5"),
				field("rate in hex", "rateLimit", "0x10", "must be a number such as 10 or 2.5"),
				field("burst fraction", "burstLimit", "1.5", "must be a whole number such as 20"),
				field("burst negative", "burstLimit", "-1", "must be a whole number such as 20"),
				field("resource ..", "resource", "..", "must not be . or .."),
				field("prefix ../", "prefix", "../", "must not contain . or .. segments"),
				field("empty API name", "apiName", "", "must not be blank"),
				field("stage with a hyphen", "stage", "te-st", "must contain only letters, digits and"),
				field("API name with markup", "apiName", "<b>x</b>", "must start with a letter or digit"),
				field("unknown role mode", "roleMode", "admin", "roleMode must be least-privilege or s3-read-only"));
	}

	@ParameterizedTest
	@MethodSource("wizardFields")
	void aBadWizardFieldIsA400WithItsRuleAndPlansNothing(String field, String value, String reason) throws Exception {
		PortalClient portal = loggedIn();
		CloudSnapshot before = cloud.take();
		String form = "bucket=hostile-pages&prefix=images%2F&apiName=hostile-pages&resource=s3&queryParameter=image"
				+ "&stage=test&roleMode=least-privilege&rateLimit=10&burstLimit=5";
		form = form.replaceFirst("(^|&)" + field + "=[^&]*", "$1" + field + "=" + encode(value));

		for (String path : new String[] { "/apis/plan", "/apis/deploy" }) {
			HttpResponse<String> answer = portal.post(path, form + "&_csrf=" + portal.csrfToken("/apis/new"));

			assertThat(answer.statusCode()).as(path).isEqualTo(400);
			assertThat(answer.body()).as(path).contains(PortalClient.escaped(reason)).doesNotContain("<b>x</b>");
		}
		assertThat(cloud.take()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/buckets", "/buckets/hostile-pages/private", "/buckets/hostile-pages/images",
			"/apis/plan", "/apis/deploy", "/apis/abc1234567/redeploy", "/apis/runs/no-such-run/retry",
			"/apis/runs/no-such-run/rollback", "/endpoints/abc1234567/verify", "/endpoints/abc1234567/delete",
			"/logout", "/login" })
	void aForgedCsrfTokenIsA403OnEveryForm(String path) throws Exception {
		PortalClient portal = loggedIn();
		CloudSnapshot before = cloud.take();
		String real = portal.csrfToken("/");
		byte[] forged = new byte[Base64.getUrlDecoder().decode(real).length];
		java.util.Arrays.fill(forged, forged.length / 2, forged.length, (byte) 0xFF);

		HttpResponse<String> answer = portal.post(path, "name=hostile-pages&username=" + LocalCloudTest.USER
				+ "&password=" + LocalCloudTest.PASSWORD + "&_csrf=" + Base64.getUrlEncoder().encodeToString(forged));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(cloud.take()).isEqualTo(before);
		assertThat(portal.get("/").statusCode()).as("still signed in").isEqualTo(200);
	}

	private PortalClient loggedIn() throws Exception {
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();
		return portal;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Arguments name(String description, String bucket, String reason) {
		return argumentSet(description, bucket, reason);
	}

	private static Arguments field(String description, String field, String value, String reason) {
		return argumentSet(description, field, value, reason);
	}

}

package dev.imagegate.web;

import java.net.http.HttpResponse;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.wire.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first page (with the account, from the local cloud's STS) and actuator health,
 * served by the running portal over HTTP, logged in.
 */
@LocalCloudTest
class HomePageTest {

	@LocalServerPort
	int port;

	@Autowired
	S3Client s3;

	@Autowired
	LocalCloud localCloud;

	@Autowired
	FaultInjector faults;

	@AfterEach
	void clearFaults() {
		faults.clear();
	}

	@Test
	void showsTheConnectedCloudAndItsBuckets() throws Exception {
		s3.createBucket((b) -> b.bucket("home-page-bucket"));

		HttpResponse<String> page = firstPage();

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("embedded local cloud")
			.contains("<span id=\"account-id\">000000000000</span>")
			.contains("<code id=\"account-arn\">arn:aws:iam::000000000000:root</code>")
			.contains(localCloud.endpoint().toString())
			.contains("answering")
			.contains("home-page-bucket");
	}

	@Test
	void anStsRefusalStillRendersThePageAndSaysWhy() throws Exception {
		// More failures than the SDK's attempts: AccessDenied is not retried, but keep it
		// certain.
		faults.failNext("GetCallerIdentity", 5, 403, "AccessDenied", "Injected: not allowed");

		HttpResponse<String> page = firstPage();

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Cannot tell which account: AccessDenied: Injected: not allowed")
			.doesNotContain("id=\"account-id\"")
			.contains("answering");
	}

	@Test
	void healthIncludesTheLocalCloud() throws Exception {
		localCloud.awaitReady();

		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();
		HttpResponse<String> health = portal.get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"cloud\"").contains("\"localCloud\"").contains("\"s3\":\"running\"");
		assertThat(health.body()).doesNotContain("imagegate-local-secret");
	}

	private HttpResponse<String> firstPage() throws Exception {
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();
		return portal.get("/");
	}

}

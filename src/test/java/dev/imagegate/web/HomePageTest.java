package dev.imagegate.web;

import java.net.http.HttpResponse;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The first page and actuator health, served by the running portal over HTTP, logged in. */
@LocalCloudTest
class HomePageTest {

	@LocalServerPort
	int port;

	@Autowired
	S3Client s3;

	@Autowired
	LocalCloud localCloud;

	@Test
	void showsTheConnectedCloudAndItsBuckets() throws Exception {
		s3.createBucket((b) -> b.bucket("home-page-bucket"));
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();

		HttpResponse<String> page = portal.get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("embedded local cloud")
			.contains(localCloud.endpoint().toString())
			.contains("answering")
			.contains("home-page-bucket");
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

}

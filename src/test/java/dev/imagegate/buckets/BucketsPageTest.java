package dev.imagegate.buckets;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bucket step over HTTP, logged in: list with privacy, create, make private. */
@LocalCloudTest
class BucketsPageTest {

	@LocalServerPort
	int port;

	@Autowired
	S3Client s3;

	@Autowired
	BucketService buckets;

	@Test
	void createsAPrivateBucket() throws Exception {
		PortalClient portal = loggedIn();

		HttpResponse<String> created = portal.post("/buckets",
				"name=page-new-bucket&region=&_csrf=" + portal.csrfToken("/buckets"));

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(buckets.isPrivate("page-new-bucket")).isTrue();
		HttpResponse<String> list = portal.get("/buckets");
		assertThat(list.body()).contains("Created the private bucket page-new-bucket.");
		assertThat(portal.bucketListPage("page-new-bucket")).contains("data-bucket=\"page-new-bucket\"");
	}

	@Test
	void anInvalidNameIsExplainedAndNothingIsCreated() throws Exception {
		PortalClient portal = loggedIn();

		HttpResponse<String> refused = portal.post("/buckets",
				"name=" + URLEncoder.encode("Bad_Name<script>", StandardCharsets.UTF_8) + "&_csrf="
						+ portal.csrfToken("/buckets"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"name-error\"")
			.contains("may contain only lowercase letters")
			.doesNotContain("<script>");
		assertThatThrownBy(() -> s3.headBucket((h) -> h.bucket("bad_name<script>")))
			.isInstanceOf(Exception.class);
	}

	@Test
	void aTakenNameShowsAwsError() throws Exception {
		s3.createBucket((b) -> b.bucket("page-taken"));
		PortalClient portal = loggedIn();

		HttpResponse<String> refused = portal.post("/buckets", "name=page-taken&_csrf=" + portal.csrfToken("/buckets"));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("id=\"name-error\"").containsIgnoringCase("already");
	}

	@Test
	void aBucketOpenToPublicAccessCanBeMadePrivate() throws Exception {
		s3.createBucket((b) -> b.bucket("page-open"));
		s3.deletePublicAccessBlock((d) -> d.bucket("page-open"));
		PortalClient portal = loggedIn();
		assertThat(portal.bucketListPage("page-open")).contains("Block all public access to page-open");

		assertThat(portal.post("/buckets/page-open/private", "").statusCode()).isEqualTo(403);
		assertThat(buckets.isPrivate("page-open")).isFalse();

		HttpResponse<String> fixed = portal.post("/buckets/page-open/private",
				"_csrf=" + portal.csrfToken("/buckets"));

		assertThat(fixed.statusCode()).isEqualTo(302);
		assertThat(buckets.isPrivate("page-open")).isTrue();
	}

	@Test
	void makingAMissingBucketPrivateIsAClearError() throws Exception {
		PortalClient portal = loggedIn();

		portal.post("/buckets/page-missing/private", "_csrf=" + portal.csrfToken("/buckets"));

		assertThat(portal.get("/buckets").body()).contains("NoSuchBucket");
		assertThatThrownBy(() -> s3.headBucket((h) -> h.bucket("page-missing")))
			.isInstanceOf(NoSuchBucketException.class);
	}

	private PortalClient loggedIn() throws Exception {
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();
		return portal;
	}

}

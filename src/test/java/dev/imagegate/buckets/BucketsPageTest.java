package dev.imagegate.buckets;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
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
	void anEmptyBucketImagegateCreatedIsDeletedAfterAConfirmation() throws Exception {
		PortalClient portal = loggedIn();
		portal.post("/buckets", "name=page-delete-me&region=&_csrf=" + portal.csrfToken("/buckets"));
		assertThat(portal.get("/buckets").body()).contains("Created the private bucket page-delete-me.");
		String confirm = portal.get("/buckets/page-delete-me/delete").body();
		assertThat(confirm).contains("It is empty and imagegate created it").contains("id=\"confirm-delete\"");

		HttpResponse<String> deleted = portal.post("/buckets/page-delete-me/delete",
				"_csrf=" + portal.csrfToken("/buckets/page-delete-me/delete"));

		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThatThrownBy(() -> s3.headBucket((h) -> h.bucket("page-delete-me")))
			.isInstanceOf(NoSuchBucketException.class);
		assertThat(portal.get("/buckets").body()).contains("Deleted the bucket page-delete-me.");
	}

	@Test
	void aBucketWithObjectsOrNotImagegatesIsKeptWithTheReason() throws Exception {
		PortalClient portal = loggedIn();
		portal.post("/buckets", "name=page-not-empty&region=&_csrf=" + portal.csrfToken("/buckets"));
		s3.putObject((p) -> p.bucket("page-not-empty").key("images/cat.png"), RequestBody.fromBytes(new byte[] { 1 }));
		s3.createBucket((b) -> b.bucket("page-someone-elses"));
		String token = portal.csrfToken("/buckets");

		HttpResponse<String> notEmpty = portal.post("/buckets/page-not-empty/delete", "_csrf=" + token);
		HttpResponse<String> notOurs = portal.post("/buckets/page-someone-elses/delete", "_csrf=" + token);

		assertThat(notEmpty.statusCode()).isEqualTo(409);
		assertThat(notEmpty.body()).contains("page-not-empty still holds objects: delete its images first")
			.doesNotContain("id=\"confirm-delete\"");
		assertThat(notOurs.statusCode()).isEqualTo(409);
		assertThat(notOurs.body())
			.contains("imagegate did not create page-someone-elses (it has no imagegate:managed tag)");
		assertThat(portal.get("/buckets/page-someone-elses/delete").body()).doesNotContain("id=\"confirm-delete\"");
		assertThat(s3.listBuckets().buckets()).extracting((b) -> b.name())
			.contains("page-not-empty", "page-someone-elses");
	}

	@Test
	void deletingABucketNeedsTheCsrfTokenAndAValidName() throws Exception {
		PortalClient portal = loggedIn();
		s3.createBucket((b) -> b.bucket("page-csrf-delete"));

		assertThat(portal.post("/buckets/page-csrf-delete/delete", "").statusCode()).isEqualTo(403);
		assertThat(portal.post("/buckets/Bad_Name/delete", "_csrf=" + portal.csrfToken("/buckets")).statusCode())
			.isEqualTo(400);
		assertThat(s3.listBuckets().buckets()).extracting((b) -> b.name()).contains("page-csrf-delete");
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
		assertThatThrownBy(() -> s3.headBucket((h) -> h.bucket("bad_name<script>"))).isInstanceOf(Exception.class);
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

		HttpResponse<String> fixed = portal.post("/buckets/page-open/private", "_csrf=" + portal.csrfToken("/buckets"));

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

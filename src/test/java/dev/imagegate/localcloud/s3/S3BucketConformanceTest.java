package dev.imagegate.localcloud.s3;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.RawHttp;
import dev.imagegate.localcloud.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bucket-level S3 answers compared with what AWS answers, over the wire. Each case names
 * its source: an AWS API reference page, or a LocalStack test whose snapshot
 * ({@code tests/aws/services/s3/*.snapshot.json}) was recorded on AWS, or moto's test
 * suite.
 */
@LocalCloudTest
class S3BucketConformanceTest {

	private static final String CONSTRAINT = "<CreateBucketConfiguration><LocationConstraint>%s</LocationConstraint>"
			+ "</CreateBucketConfiguration>";

	@Autowired
	LocalCloud localCloud;

	@Autowired
	S3Client s3;

	record Case(String label, String method, String path, String region, String body, int status, String... expected) {

		@Override
		public String toString() {
			return label;
		}

	}

	static Stream<Case> bucketCases() {
		return Stream.of(
				// CreateBucket API reference: us-east-1 answers 200 to a bucket you
				// already own (legacy).
				new Case("CreateBucket again in us-east-1: 200 (CreateBucket API reference)", "PUT", "/conf-owned",
						"us-east-1", "", 200),
				new Case("CreateBucket again elsewhere: BucketAlreadyOwnedByYou naming the bucket (S3 error codes)",
						"PUT", "/conf-owned-eu", "us-east-1", CONSTRAINT.formatted("eu-west-1"), 409,
						"<Code>BucketAlreadyOwnedByYou</Code>",
						"<Message>Your previous request to create the named bucket succeeded "
								+ "and you already own it.</Message>",
						"<BucketName>conf-owned-eu</BucketName>"),
				new Case("Explicit us-east-1 constraint (moto tests/test_s3/test_s3.py asserts this wording)", "PUT",
						"/conf-explicit-use1", "us-east-1", CONSTRAINT.formatted("us-east-1"), 400,
						"<Code>InvalidLocationConstraint</Code>",
						"<Message>The specified location-constraint is not valid</Message>",
						"<LocationConstraint>us-east-1</LocationConstraint>"),
				new Case("Unknown region as constraint (botocore BucketLocationConstraint enum)", "PUT",
						"/conf-nowhere", "us-east-1", CONSTRAINT.formatted("mars-north-1"), 400,
						"<Code>InvalidLocationConstraint</Code>"),
				new Case("No constraint, signed for eu-west-1 (IllegalLocationConstraintException, CLI users' reports)",
						"PUT", "/conf-unspecified", "eu-west-1", "", 400,
						"<Code>IllegalLocationConstraintException</Code>",
						"<Message>The unspecified location constraint is incompatible for the region specific endpoint "
								+ "this request was sent to.</Message>"),
				new Case("Constraint for another region than signed (botocore's redirect regex)", "PUT", "/conf-other",
						"eu-west-1", CONSTRAINT.formatted("eu-west-2"), 400,
						"<Message>The eu-west-2 location constraint is incompatible for the region specific endpoint "
								+ "this request was sent to.</Message>"),
				new Case("Constraint matching the signed region creates it", "PUT", "/conf-regional", "eu-west-1",
						CONSTRAINT.formatted("eu-west-1"), 200),
				new Case("GetBucketLocation of a us-east-1 bucket is empty (GetBucketLocation API reference)", "GET",
						"/conf-owned?location", "us-east-1", "", 200, "<LocationConstraint xmlns="),
				new Case("GetBucketLocation of an eu-west-1 bucket names it", "GET", "/conf-owned-eu?location",
						"us-east-1", "", 200, ">eu-west-1</LocationConstraint>"),
				new Case("NoSuchBucket's wording and BucketName (S3 API reference, Error responses)", "GET",
						"/conf-missing?list-type=2", "us-east-1", "", 404, "<Code>NoSuchBucket</Code>",
						"<Message>The specified bucket does not exist</Message>",
						"<BucketName>conf-missing</BucketName>"),
				new Case("BucketNotEmpty's wording (S3 API reference, Error responses)", "DELETE", "/conf-full",
						"us-east-1", "", 409, "<Code>BucketNotEmpty</Code>",
						"<Message>The bucket you tried to delete is not empty</Message>",
						"<BucketName>conf-full</BucketName>"),
				new Case("InvalidBucketName's wording (S3 API reference, Error responses)", "PUT", "/ab", "us-east-1",
						"", 400, "<Code>InvalidBucketName</Code>",
						"<Message>The specified bucket is not valid.</Message>", "<BucketName>ab</BucketName>"),
				new Case("NoSuchLifecycleConfiguration's wording (S3 error codes)", "GET", "/conf-owned?lifecycle",
						"us-east-1", "", 404, "<Message>The lifecycle configuration does not exist</Message>",
						"<BucketName>conf-owned</BucketName>"));
	}

	static Stream<Case> notImplementedCases() {
		return Stream
			.of("cors", "notification", "accelerate", "inventory&id=x", "analytics&id=x", "metrics&id=x",
					"intelligent-tiering&id=x", "logging", "website", "replication", "requestPayment",
					"ownershipControls", "encryption", "policyStatus", "acl")
			.flatMap((subresource) -> Stream.of("GET", "PUT", "DELETE")
				.map((method) -> new Case(method + " ?" + subresource + ": NotImplemented (S3 error codes, 501)",
						method, "/conf-owned?" + subresource, "us-east-1", method.equals("PUT") ? "<x/>" : "", 501,
						"<Code>NotImplemented</Code>",
						"<Message>A header you provided implies functionality that is not implemented</Message>")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "bucketCases", "notImplementedCases" })
	void answersAsAws(Case c) throws Exception {
		givenBuckets();

		Response response = send(c.method(), c.path(), c.region(), c.body());

		assertThat(response.status()).as(c.label() + "\n" + response.body()).isEqualTo(c.status());
		for (String expected : c.expected()) {
			assertThat(response.body()).as(c.label()).contains(expected);
		}
		if (c.label().startsWith("GetBucketLocation of a us-east-1")) {
			assertThat(response.body()).doesNotContain("null").doesNotContain("us-east-1");
		}
	}

	@Test
	void subresourcesS3MockImplementsStillWork() throws Exception {
		givenBuckets();
		assertThat(send("GET", "/conf-owned?versioning", "us-east-1", "").body()).contains("<VersioningConfiguration");
		assertThat(send("GET", "/conf-owned?publicAccessBlock", "us-east-1", "").body())
			.contains("<BlockPublicAcls>true</BlockPublicAcls>");
		assertThat(send("GET", "/conf-owned?uploads", "us-east-1", "").body()).contains("<ListMultipartUploadsResult");
		assertThat(s3.listObjectsV2((l) -> l.bucket("conf-full")).keyCount()).isEqualTo(1);
	}

	@Test
	void theSdkCreatesItsUsEast1BucketAgainAndReadsItsLocationAsEmpty() {
		givenBuckets();
		s3.createBucket((b) -> b.bucket("conf-owned"));
		assertThat(s3.getBucketLocation((g) -> g.bucket("conf-owned")).locationConstraintAsString()).isEmpty();
	}

	/**
	 * Get/Put/DeleteBucketPolicy API references; S3 error codes: NoSuchBucketPolicy,
	 * MalformedPolicy.
	 */
	@Test
	void aBucketPolicyIsKeptAsSentAndRefusedWhenNotJson() throws Exception {
		givenBuckets();
		String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
				+ "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::conf-full/*\"}]}";

		s3.putBucketPolicy((p) -> p.bucket("conf-full").policy(policy));
		assertThat(s3.getBucketPolicy((g) -> g.bucket("conf-full")).policy()).isEqualTo(policy);
		assertThatThrownBy(() -> s3.putBucketPolicy((p) -> p.bucket("conf-full").policy("[1]")))
			.isInstanceOfSatisfying(S3Exception.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicy");
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Policies must be valid JSON and the first byte must be '{'");
			});
		s3.deleteBucketPolicy((d) -> d.bucket("conf-full"));
		Response gone = send("GET", "/conf-full?policy", "us-east-1", "");

		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.body()).contains("<Code>NoSuchBucketPolicy</Code>",
				"<Message>The bucket policy does not exist</Message>", "<BucketName>conf-full</BucketName>");
	}

	private void givenBuckets() {
		for (String bucket : new String[] { "conf-owned", "conf-full" }) {
			s3.createBucket((b) -> b.bucket(bucket));
		}
		if (!s3.listBuckets().buckets().stream().anyMatch((b) -> b.name().equals("conf-owned-eu"))) {
			s3.createBucket((b) -> b.bucket("conf-owned-eu")
				.createBucketConfiguration((c) -> c.locationConstraint("eu-west-1")));
		}
		s3.putObject((p) -> p.bucket("conf-full").key("keep"), RequestBody.fromString("x"));
	}

	private Response send(String method, String path, String region, String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String authorization = RawHttp.signedFor("s3").replace("/us-east-1/", "/" + region + "/");
		return RawHttp.send(localCloud.port(), method + " " + path + " HTTP/1.1",
				Map.of("Authorization", authorization, "Content-Length", Integer.toString(bytes.length)), bytes);
	}

}

package dev.imagegate.endpoints.wizard;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.imagegate.CloudSnapshot;
import dev.imagegate.buckets.BucketService;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import dev.imagegate.RestApis;
import dev.imagegate.localcloud.wire.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The API, plan, deploy and result steps over HTTP, logged in. */
@LocalCloudTest
class WizardPagesTest {

	private static final Pattern RUN = Pattern.compile("data-run=\"([0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

	@Autowired
	S3Client s3;

	@Autowired
	BucketService buckets;

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	FaultInjector faults;

	@Autowired
	CloudSnapshot.Taker cloud;

	@AfterEach
	void clearFaults() {
		faults.clear();
	}

	@Test
	void theFormShowsTheDefaults() throws Exception {
		HttpResponse<String> form = loggedIn().get("/apis/new?bucket=wizard-form-bucket");

		assertThat(form.body()).contains("value=\"wizard-form-bucket\"")
			.contains("value=\"images/\"")
			.contains("value=\"s3\"")
			.contains("value=\"image\"")
			.contains("value=\"test\"")
			.containsPattern("value=\"least-privilege\"[^>]*checked");
	}

	@Test
	void anInvalidFormIsExplainedAndNothingIsPlanned() throws Exception {
		PortalClient portal = loggedIn();

		HttpResponse<String> refused = portal.post("/apis/plan", form(portal, "wizard-bucket", "bad name!", "x", "y"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("must start with a letter or digit").contains("must be a number");
	}

	/**
	 * A new API named like an existing endpoint would have re-pointed that endpoint to
	 * another bucket without a word: refused on plan and deploy, nothing changed; the
	 * same name is fine when changing that very endpoint.
	 */
	@Test
	void aNewApiMayNotTakeAnExistingEndpointsName() throws Exception {
		bucketWithImage("taken-name-a");
		bucketWithImage("taken-name-b");
		PortalClient portal = loggedIn();
		assertThat(deployAndWait(portal, form(portal, "taken-name-a", "taken-name", "", "")))
			.contains("Your endpoint is live");
		String apiId = findApi("taken-name");
		CloudSnapshot before = cloud.take();

		for (String path : new String[] { "/apis/plan", "/apis/deploy" }) {
			HttpResponse<String> refused = portal.post(path, form(portal, "taken-name-b", "taken-name", "", ""));

			assertThat(refused.statusCode()).as(path).isEqualTo(400);
			assertThat(refused.body())
				.contains("is already the name of the endpoint " + apiId + " (serving s3://taken-name-a/images/)");
		}
		assertThat(cloud.take()).isEqualTo(before);

		HttpResponse<String> change = portal.post("/apis/plan",
				form(portal, "taken-name-b", "taken-name", "", "") + "&changing=" + apiId);
		assertThat(change.statusCode()).isEqualTo(200);
		assertThat(change.body()).contains("What this will do to your account");
	}

	private String findApi(String name) {
		return apiGateway.getRestApis((g) -> g.limit(500))
			.items()
			.stream()
			.filter((api) -> api.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void planThenDeployShowsTheLiveEndpoint() throws Exception {
		bucketWithImage("wizard-bucket");
		PortalClient portal = loggedIn();

		HttpResponse<String> plan = portal.post("/apis/plan", form(portal, "wizard-bucket", "wizard-api", "", ""));
		assertThat(plan.body()).contains("What this will do to your account")
			.contains("CreateRestApi")
			.contains("aws apigateway create-rest-api --name wizard-api");
		assertThat(RestApis.all(apiGateway)).noneMatch((api) -> api.name().equals("wizard-api"));

		String result = deployAndWait(portal, form(portal, "wizard-bucket", "wizard-api", "", ""));

		assertThat(result).contains("Your endpoint is live")
			.containsPattern("/_aws/execute-api/[a-z0-9]+/test/s3\\?image=\\{key\\}")
			.contains("id=\"preview\"")
			.contains("s3?image=cat.png")
			.contains("passed");
	}

	@Test
	void aBucketThatDoesNotExistIsCreatedPrivateAndTaggedWhenTheFormAsks() throws Exception {
		PortalClient portal = loggedIn();

		HttpResponse<String> refused = portal.post("/apis/plan",
				form(portal, "wizard-new-bucket", "wizard-new-api", "", ""));
		assertThat(refused.body()).contains("The bucket wizard-new-bucket does not exist")
			.contains("Create it if it does not exist")
			.doesNotContain("id=\"deploy\"");

		String asked = form(portal, "wizard-new-bucket", "wizard-new-api", "", "") + "&createBucket=true";
		assertThat(portal.post("/apis/plan", asked).body())
			.contains("aws s3api create-bucket --bucket wizard-new-bucket")
			.contains("id=\"deploy\"");
		String result = deployAndWait(portal, asked);

		assertThat(result).contains("Your endpoint is live");
		assertThat(buckets.isPrivate("wizard-new-bucket")).isTrue();
		assertThat(s3.getBucketTagging((g) -> g.bucket("wizard-new-bucket")).tagSet())
			.anySatisfy((tag) -> assertThat(tag.key() + "=" + tag.value()).isEqualTo("imagegate:managed=true"));
	}

	@Test
	void aFailedStepOffersRetryAndTheRetryContinues() throws Exception {
		bucketWithImage("wizard-retry-bucket");
		faults.failNext("CreateDeployment", 1, 400, "BadRequestException", "injected by the test");
		PortalClient portal = loggedIn();

		String failed = deployAndWait(portal, form(portal, "wizard-retry-bucket", "wizard-retry-api", "", ""));
		assertThat(failed).contains("id=\"failed\"")
			.contains("Deployment to the stage")
			.contains("BadRequestException: injected by the test")
			.contains("id=\"retry\"")
			.contains("id=\"rollback\"");

		String runId = runId(failed);
		HttpResponse<String> retry = portal.post("/apis/runs/" + runId + "/retry", "_csrf=" + csrf(failed));
		String retried = portal.awaitRunFinished(retry.headers().firstValue("Location").orElseThrow());
		assertThat(retried).contains("Your endpoint is live");
		assertThat(RestApis.all(apiGateway)).filteredOn((api) -> api.name().equals("wizard-retry-api")).hasSize(1);
	}

	@Test
	void aFailedRunCanBeRolledBack() throws Exception {
		bucketWithImage("wizard-rollback-bucket");
		faults.failNext("PutIntegration", 1, 400, "BadRequestException", "injected by the test");
		PortalClient portal = loggedIn();
		String failed = deployAndWait(portal, form(portal, "wizard-rollback-bucket", "wizard-rollback-api", "", ""));

		HttpResponse<String> rolledBack = portal.post("/apis/runs/" + runId(failed) + "/rollback",
				"_csrf=" + csrf(failed));

		assertThat(rolledBack.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/endpoints"));
		assertThat(portal.get("/endpoints").body()).contains("Rolled back: deleted wizard-rollback-api");
		assertThat(RestApis.all(apiGateway)).noneMatch((api) -> api.name().equals("wizard-rollback-api"));
	}

	@Test
	void eventsReplayTheStepsOfAFinishedRun() throws Exception {
		bucketWithImage("wizard-events-bucket");
		PortalClient portal = loggedIn();
		String result = deployAndWait(portal, form(portal, "wizard-events-bucket", "wizard-events-api", "", ""));

		HttpResponse<String> events = portal.get("/apis/runs/" + runId(result) + "/events");

		assertThat(events.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(events.body()).contains("event:step").contains("\"name\":\"deployment\"").contains("event:done");
	}

	private String deployAndWait(PortalClient portal, String form) throws Exception {
		HttpResponse<String> started = portal.post("/apis/deploy", form);
		assertThat(started.statusCode()).isEqualTo(302);
		return portal.awaitRunFinished(started.headers().firstValue("Location").orElseThrow());
	}

	private static String runId(String page) {
		Matcher m = RUN.matcher(page);
		assertThat(m.find()).as("a run id on the page").isTrue();
		return m.group(1);
	}

	private static String csrf(String page) {
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static String form(PortalClient portal, String bucket, String apiName, String rate, String burst)
			throws Exception {
		return "bucket=" + bucket + "&prefix=images%2F&apiName=" + java.net.URLEncoder.encode(apiName, "UTF-8")
				+ "&resource=s3&queryParameter=image&stage=test&roleMode=least-privilege&rateLimit=" + rate
				+ "&burstLimit=" + burst + "&_csrf=" + portal.csrfToken("/apis/new");
	}

	private void bucketWithImage(String bucket) {
		s3.createBucket((b) -> b.bucket(bucket));
		s3.putObject((p) -> p.bucket(bucket).key("images/cat.png").contentType("image/png"),
				RequestBody.fromBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2 }));
	}

	private PortalClient loggedIn() throws Exception {
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();
		return portal;
	}

}

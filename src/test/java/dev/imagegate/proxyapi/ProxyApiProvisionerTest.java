package dev.imagegate.proxyapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.cloud.AwsCallRecorder;
import dev.imagegate.endpoints.EndpointTeardown;
import dev.imagegate.localcloud.wire.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** The seed's steps through the real SDK clients against the local cloud. */
@LocalCloudTest
class ProxyApiProvisionerTest {

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired
	ProxyApiProvisioner provisioner;

	@Autowired
	S3Client s3;

	@Autowired
	IamClient iam;

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	FaultInjector faults;

	@Autowired
	EndpointTeardown teardown;

	@AfterEach
	void clearFaults() {
		faults.clear();
	}

	@Test
	void aFreshRunDoesEveryStepOfTheSeed() {
		ProxyApiSpec spec = freshSpec();

		ProvisioningResult result = provisioner.provision(spec);

		assertThat(result.succeeded()).isTrue();
		assertThat(result.steps()).extracting(StepReport::name)
			.containsExactly("bucket", "role", "rest-api", "resource", "method", "integration", "responses",
					"deployment", "verification");
		assertThat(result.steps()).allSatisfy((step) -> assertThat(step.status()).isEqualTo(StepStatus.DONE));
		assertThat(result.stage()).isEqualTo("test");
		assertThat(result.steps().get(1).ids()).containsOnlyKeys("roleArn");
		assertThat(result.steps().get(2).ids()).containsOnlyKeys("apiId");
		assertThat(result.invokeUrl()).endsWith("/_aws/execute-api/" + result.apiId() + "/test/s3?image={key}");
		// The local cloud serves the deployed API: the image comes back with S3's bytes
		// and Content-Type.
		assertThat(result.verification().status()).isEqualTo(VerificationStatus.PASSED);
		assertThat(result.verification().sha256Match()).isTrue();
		assertThat(result.verification().contentType()).isEqualTo("image/png");
		StepReport verification = result.steps().get(8);
		assertThat(verification.awsCalls()).containsExactly("ListObjectsV2", "GetObject");
		assertThat(verification.ids()).containsExactly(entry("result", "passed"));

		var role = iam.getRole((g) -> g.roleName("imagegate-" + spec.apiName())).role();
		assertThat(decode(role.assumeRolePolicyDocument())).contains("apigateway.amazonaws.com");
		String policy = decode(
				iam.getRolePolicy((g) -> g.roleName(role.roleName()).policyName(ProxyApiDesign.INLINE_POLICY_NAME))
					.policyDocument());
		assertThat(policy).contains("arn:aws:s3:::" + spec.bucket() + "/images/*").contains("s3:ListBucket");
		assertThat(iam.listAttachedRolePolicies((l) -> l.roleName(role.roleName())).attachedPolicies()).isEmpty();

		var api = apiGateway.getRestApi((g) -> g.restApiId(result.apiId()));
		assertThat(api.binaryMediaTypes()).containsExactly("*/*");
		assertThat(api.tags()).containsEntry(ProxyApiDesign.TAG_MANAGED, "true")
			.containsEntry(ProxyApiDesign.TAG_BUCKET, spec.bucket())
			.containsEntry(ProxyApiDesign.TAG_PREFIX, "images/");
		String resourceId = result.steps().get(3).ids().get("resourceId");
		var method = apiGateway.getMethod((g) -> g.restApiId(result.apiId()).resourceId(resourceId).httpMethod("GET"));
		assertThat(method.requestParameters()).containsEntry("method.request.querystring.image", true);
		assertThat(method.requestValidatorId()).isNotBlank();
		assertThat(method.methodIntegration().uri())
			.isEqualTo("arn:aws:apigateway:us-east-1:s3:path/" + spec.bucket() + "/images/{key}");
		assertThat(method.methodIntegration().credentials()).isEqualTo(role.arn());
		assertThat(method.methodIntegration().integrationResponses()).containsKeys("200", "304", "404", "500");
		assertThat(method.methodIntegration().integrationResponses().get("200").responseParameters())
			.containsEntry("method.response.header.Content-Type", "integration.response.header.Content-Type");
		assertThat(apiGateway.getStage((g) -> g.restApiId(result.apiId()).stageName("test")).deploymentId())
			.isNotBlank();
		assertThat(s3.getPublicAccessBlock((g) -> g.bucket(spec.bucket()))
			.publicAccessBlockConfiguration()
			.restrictPublicBuckets()).isTrue();
	}

	@Test
	void theSameSpecTwiceCreatesNothingNewAndMakesNoMutatingCall() {
		ProxyApiSpec spec = freshSpec();
		ProvisioningResult first = provisioner.provision(spec);

		ProvisioningResult second = provisioner.provision(spec);

		assertThat(second.succeeded()).isTrue();
		assertThat(second.apiId()).isEqualTo(first.apiId());
		assertThat(second.mutatingCalls()).isZero();
		assertThat(first.mutatingCalls()).isPositive();
		assertThat(apisNamed(spec.apiName())).hasSize(1);
	}

	@Test
	void aChangedOptionUpdatesInPlaceAndRedeploys() {
		ProxyApiSpec spec = freshSpec().withThrottle(new Throttle(50.0, 20));
		ProvisioningResult first = provisioner.provision(spec);

		ProvisioningResult second = provisioner
			.provision(spec.withRoleMode(RoleMode.S3_READ_ONLY).withThrottle(new Throttle(5.0, 2)));

		assertThat(second.succeeded()).isTrue();
		assertThat(second.apiId()).isEqualTo(first.apiId());
		String roleName = "imagegate-" + spec.apiName();
		assertThat(iam.listAttachedRolePolicies((l) -> l.roleName(roleName)).attachedPolicies())
			.extracting((p) -> p.policyArn())
			.containsExactly("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
		assertThat(iam.listRolePolicies((l) -> l.roleName(roleName)).policyNames()).isEmpty();
		var settings = apiGateway.getStage((g) -> g.restApiId(first.apiId()).stageName("test"))
			.methodSettings()
			.get("*/*");
		assertThat(settings.throttlingRateLimit()).isEqualTo(5.0);
		assertThat(settings.throttlingBurstLimit()).isEqualTo(2);
		assertThat(second.steps()).flatExtracting(StepReport::awsCalls)
			.contains("AttachRolePolicy", "DeleteRolePolicy", "CreateDeployment", "UpdateStage")
			.doesNotContain("CreateRestApi", "CreateRole");
	}

	@ParameterizedTest(name = "{0} fails")
	@CsvSource({ "S3:PUT, bucket, 403, AccessDenied", "CreateRole, role, 409, LimitExceeded",
			"PutRolePolicy, role, 400, MalformedPolicyDocument", "CreateRestApi, rest-api, 400, BadRequestException",
			"CreateResource, resource, 409, ConflictException", "PutMethod, method, 400, BadRequestException",
			"PutIntegration, integration, 400, BadRequestException",
			"PutIntegrationResponse, responses, 400, BadRequestException",
			"CreateDeployment, deployment, 400, BadRequestException" })
	void aFailedStepIsReportedWithAwsErrorAndARerunContinues(String operation, String step, int status, String code) {
		// The bucket step only writes when it creates the bucket.
		ProxyApiSpec spec = operation.startsWith("S3:")
				? ProxyApiSpec.of("prov-new-bucket-" + NAMES.incrementAndGet(), "prov-api-new-" + NAMES.get())
					.withCreateBucket(true)
				: freshSpec();
		faults.failNext(operation, 1, status, code, "injected by the test");

		ProvisioningResult failed = provisioner.provision(spec);

		assertThat(failed.succeeded()).isFalse();
		assertThat(failed.failedStep().name()).isEqualTo(step);
		assertThat(failed.failedStep().error().code()).isEqualTo(code);
		assertThat(failed.failedStep().error().message()).contains("injected by the test");
		assertThat(failed.steps().stream().dropWhile((s) -> !s.name().equals(step)).skip(1)).isNotEmpty()
			.allSatisfy((s) -> assertThat(s.status()).isEqualTo(StepStatus.NOT_RUN));

		ProvisioningResult rerun = provisioner.provision(spec);

		assertThat(rerun.succeeded()).isTrue();
		if (spec.createBucket()) {
			assertThat(s3.getBucketTagging((g) -> g.bucket(spec.bucket())).tagSet())
				.anySatisfy((tag) -> assertThat(tag.key()).isEqualTo(ProxyApiDesign.TAG_MANAGED));
		}
		assertThat(apisNamed(spec.apiName())).hasSize(1);
		assertThat(provisioner.provision(spec).mutatingCalls()).isZero();
	}

	@Test
	void throttlingIsRetriedAndShownAsProgress() {
		ProxyApiSpec spec = freshSpec();
		faults.failNext("CreateRestApi", 2, 429, "TooManyRequestsException", "Too Many Requests");
		List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

		ProvisioningResult result = provisioner.provision(spec, new ProvisioningListener() {
			@Override
			public void progress(String step, String message) {
				progress.add(step + ": " + message);
			}
		});

		assertThat(result.succeeded()).isTrue();
		assertThat(progress).contains(
				"rest-api: Retrying CreateRestApi (attempt 2) because AWS is throttling (HTTP 429); "
						+ "waiting with backoff",
				"rest-api: Retrying CreateRestApi (attempt 3) because AWS is throttling (HTTP 429); "
						+ "waiting with backoff");
		assertThat(apisNamed(spec.apiName())).hasSize(1);
	}

	@Test
	void teardownLeavesNoOrphansButKeepsTheBucketAndImages() {
		ProxyApiSpec spec = freshSpec();
		ProvisioningResult result = provisioner.provision(spec);

		var removed = teardown.teardown(result.apiId(), false);

		assertThat(removed.roleDeleted()).isTrue();
		assertThat(apisNamed(spec.apiName())).isEmpty();
		assertThatThrownBy(() -> iam.getRole((g) -> g.roleName("imagegate-" + spec.apiName())))
			.isInstanceOf(NoSuchEntityException.class);
		assertThat(s3.getObjectAsBytes((g) -> g.bucket(spec.bucket()).key("images/pixel.png")).asByteArray())
			.isEqualTo(PNG);
	}

	@Test
	void concurrentRunsForOneNameCreateOneApi() throws Exception {
		ProxyApiSpec spec = freshSpec();
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			Callable<ProvisioningResult> run = () -> provisioner.provision(spec);
			List<Future<ProvisioningResult>> runs = pool.invokeAll(List.of(run, run, run));
			for (Future<ProvisioningResult> future : runs) {
				assertThat(future.get().succeeded()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(apisNamed(spec.apiName())).hasSize(1);
	}

	@Test
	void anInvalidSpecIsRefusedBeforeAnyAwsCall() {
		ProxyApiSpec spec = new ProxyApiSpec("Bad_Bucket", null, false, "../etc/", "x y", "a/b", "", null, null,
				new Throttle(-1.0, 10), "max-age='1'", "https://example.com/path");

		try (AwsCallRecorder.Recording recording = AwsCallRecorder.start()) {
			assertThatThrownBy(() -> provisioner.provision(spec)).isInstanceOfSatisfying(InvalidSpecException.class,
					(ex) -> assertThat(ex.fieldErrors()).containsKeys("bucket", "prefix", "apiName", "resource",
							"queryParameter", "throttle.rateLimit", "cacheControl", "corsAllowOrigin"));
			assertThat(recording.calls()).isEmpty();
		}
	}

	@Test
	void aMissingBucketIsReportedAndNothingIsCreated() {
		ProxyApiSpec spec = ProxyApiSpec.of("missing-bucket-" + NAMES.incrementAndGet(), "api-missing");

		ProvisioningResult result = provisioner.provision(spec);

		assertThat(result.failedStep().name()).isEqualTo("bucket");
		assertThat(result.failedStep().error().code()).isEqualTo("NoSuchBucket");
		assertThat(result.mutatingCalls()).isZero();
		assertThatThrownBy(() -> iam.getRole((g) -> g.roleName("imagegate-api-missing")))
			.isInstanceOf(NoSuchEntityException.class);
	}

	@Test
	void thePlanListsTheChangesWithCliEquivalentsAndChangesNothing() {
		ProxyApiSpec spec = freshSpec();

		Plan plan = provisioner.plan(spec);

		assertThat(plan.blocker()).isNull();
		assertThat(plan.steps()).flatExtracting(Plan.PlannedStep::changes)
			.extracting(Plan.PlannedCall::operation)
			.containsSubsequence("CreateRole", "PutRolePolicy", "CreateRestApi", "CreateResource",
					"CreateRequestValidator", "PutMethod", "PutIntegration", "PutMethodResponse",
					"PutIntegrationResponse", "CreateDeployment");
		assertThat(plan.steps()).flatExtracting(Plan.PlannedStep::changes)
			.extracting(Plan.PlannedCall::cli)
			.anySatisfy((cli) -> assertThat(cli).startsWith("aws apigateway create-rest-api --name " + spec.apiName()));
		assertThat(apisNamed(spec.apiName())).isEmpty();

		provisioner.provision(spec);
		assertThat(provisioner.plan(spec).changeCount()).isZero();
	}

	@Test
	void thePlanOfAMissingBucketNamesTheBlocker() {
		Plan plan = provisioner.plan(ProxyApiSpec.of("missing-plan-bucket", "api-plan-missing"));

		assertThat(plan.blocker()).contains("missing-plan-bucket").contains("does not exist");
	}

	private ProxyApiSpec freshSpec() {
		int n = NAMES.incrementAndGet();
		String bucket = "prov-bucket-" + n;
		s3.createBucket((b) -> b.bucket(bucket));
		s3.putObject((p) -> p.bucket(bucket).key("images/pixel.png").contentType("image/png"),
				RequestBody.fromBytes(PNG));
		return ProxyApiSpec.of(bucket, "prov-api-" + n);
	}

	private List<RestApi> apisNamed(String name) {
		return apiGateway.getRestApisPaginator((g) -> g.limit(500))
			.items()
			.stream()
			.filter((api) -> name.equals(api.name()))
			.toList();
	}

	private static String decode(String document) {
		return URLDecoder.decode(document, StandardCharsets.UTF_8);
	}

	/** A 1x1 PNG. */
	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

}

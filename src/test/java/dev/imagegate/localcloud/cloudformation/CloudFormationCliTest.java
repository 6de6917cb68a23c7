package dev.imagegate.localcloud.cloudformation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.imagegate.IntegrationTest;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.RestApis;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.cli.ClientProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.MethodSetting;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code aws cloudformation deploy} of an imagegate endpoint (private bucket, read role,
 * REST API proxying S3) against the local cloud, and what the CLI then reads: outputs,
 * events, an update of one property, a no-op deploy, a rolled-back creation, a deletion.
 * Statuses and messages as the AWS CLI's deploy command and CloudFormation's API
 * reference give them.
 */
@IntegrationTest
@LocalCloudTest
class CloudFormationCliTest {

	private static final byte[] IMAGE = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 7, 7, 7 };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	LocalCloud localCloud;

	@Autowired
	S3Client s3;

	@Autowired
	IamClient iam;

	@Autowired
	ApiGatewayClient apiGateway;

	@TempDir
	Path work;

	@Test
	void deploysAnEndpointUpdatesItAndDeletesIt() throws Exception {
		Path template = resource("image-endpoint.yaml");
		ClientProcess.Result created = exec("cloudformation", "deploy", "--template-file", template.toString(),
				"--stack-name", "cfn-images", "--parameter-overrides", "BucketName=cfn-images-bucket", "--capabilities",
				"CAPABILITY_NAMED_IAM");
		assertThat(created.exitCode()).as(created.stderr()).isZero();
		assertThat(created.stdout()).contains("Successfully created/updated stack - cfn-images");

		JsonNode stack = run("cloudformation", "describe-stacks", "--stack-name", "cfn-images").at("/Stacks/0");
		assertThat(stack.get("StackStatus").asString()).isEqualTo("CREATE_COMPLETE");
		assertThat(stack.get("StackId").asString())
			.startsWith("arn:aws:cloudformation:us-east-1:000000000000:stack/cfn-images/");
		String apiId = output(stack, "ApiId");
		assertThat(output(stack, "InvokeUrl"))
			.isEqualTo("https://" + apiId + ".execute-api.us-east-1.amazonaws.com/v1/images");
		assertThat(output(stack, "BucketArn")).isEqualTo("arn:aws:s3:::cfn-images-bucket");
		assertThat(output(stack, "RoleArn")).isEqualTo("arn:aws:iam::000000000000:role/cfn-images-read");

		// The resources are real: the bucket is private, the role reads it, the API
		// serves its images.
		// (Read with the Java SDK: the CLI's view of S3, IAM and API Gateway is other
		// tests'.)
		assertThat(s3.getPublicAccessBlock((g) -> g.bucket("cfn-images-bucket"))
			.publicAccessBlockConfiguration()
			.blockPublicAcls()).isTrue();
		String policy = URLDecoder.decode(
				iam.getRolePolicy((g) -> g.roleName("cfn-images-read").policyName("read-images")).policyDocument(),
				StandardCharsets.UTF_8);
		assertThat(JSON.readTree(policy).at("/Statement/0/Resource").asString())
			.isEqualTo("arn:aws:s3:::cfn-images-bucket/images/*");
		s3.putObject((p) -> p.bucket("cfn-images-bucket").key("images/cat.jpg").contentType("image/jpeg"),
				RequestBody.fromBytes(IMAGE));
		HttpResponse<byte[]> served = invoke(apiId, "v1", "cat.jpg");
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).isEqualTo(IMAGE);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(invoke(apiId, "v1", "dog.jpg").statusCode()).isEqualTo(404);

		// Events, newest first: the stack's CREATE_COMPLETE, then back to its
		// REVIEW_IN_PROGRESS.
		List<String> events = events("cfn-images");
		assertThat(events.get(0)).isEqualTo("cfn-images CREATE_COMPLETE");
		assertThat(events.get(events.size() - 1)).isEqualTo("cfn-images REVIEW_IN_PROGRESS");
		assertThat(events).contains("ImageBucket CREATE_COMPLETE", "ReadRole CREATE_COMPLETE", "Stage CREATE_COMPLETE",
				"cfn-images CREATE_IN_PROGRESS");
		assertThat(events.indexOf("ImageBucket CREATE_COMPLETE"))
			.isGreaterThan(events.indexOf("ReadRole CREATE_IN_PROGRESS"));
		assertThat(run("cloudformation", "describe-stack-resources", "--stack-name", "cfn-images").get("StackResources")
			.size()).isEqualTo(8);

		// The same deploy again changes nothing, and says so (exit 0).
		ClientProcess.Result same = exec("cloudformation", "deploy", "--template-file", template.toString(),
				"--stack-name", "cfn-images", "--capabilities", "CAPABILITY_NAMED_IAM");
		assertThat(same.exitCode()).as(same.stderr()).isZero();
		assertThat(same.stdout() + same.stderr()).contains("No changes to deploy. Stack cfn-images is up to date");

		// One parameter changed: only the stage is updated, in place.
		String stagePhysicalId = physicalId("cfn-images", "Stage");
		ClientProcess.Result updated = exec("cloudformation", "deploy", "--template-file", template.toString(),
				"--stack-name", "cfn-images", "--parameter-overrides", "BurstLimit=50", "--capabilities",
				"CAPABILITY_NAMED_IAM");
		assertThat(updated.exitCode()).as(updated.stderr()).isZero();
		assertThat(run("cloudformation", "describe-stacks", "--stack-name", "cfn-images").at("/Stacks/0/StackStatus")
			.asString()).isEqualTo("UPDATE_COMPLETE");
		Map<String, MethodSetting> settings = apiGateway.getStage((g) -> g.restApiId(apiId).stageName("v1"))
			.methodSettings();
		assertThat(settings.get("*/*").throttlingBurstLimit()).isEqualTo(50);
		// MethodSettings' ResourcePath comes escaped, as CloudFormation documents it:
		// /~1images is /images.
		// (The key GetStage lists it under is API Gateway's business, not
		// CloudFormation's.)
		assertThat(settings).anySatisfy((key, setting) -> {
			assertThat(key).endsWith("images/GET");
			assertThat(setting.throttlingBurstLimit()).isEqualTo(5);
		});
		assertThat(physicalId("cfn-images", "Stage")).isEqualTo(stagePhysicalId);
		List<String> afterUpdate = events("cfn-images");
		assertThat(afterUpdate.subList(0, afterUpdate.indexOf("cfn-images UPDATE_IN_PROGRESS"))).containsExactly(
				"cfn-images UPDATE_COMPLETE", "cfn-images UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", "Stage UPDATE_COMPLETE",
				"Stage UPDATE_IN_PROGRESS");

		// Deleted, dependents first: nothing is left, and the stack is known by its id
		// only.
		s3.deleteObject((d) -> d.bucket("cfn-images-bucket").key("images/cat.jpg"));
		String stackId = stack.get("StackId").asString();
		exec("cloudformation", "delete-stack", "--stack-name", "cfn-images");
		ClientProcess.Result gone = exec("cloudformation", "describe-stacks", "--stack-name", "cfn-images");
		assertThat(gone.exitCode()).isNotZero();
		assertThat(gone.stderr()).contains("ValidationError").contains("Stack with id cfn-images does not exist");
		assertThat(run("cloudformation", "describe-stacks", "--stack-name", stackId).at("/Stacks/0/StackStatus")
			.asString()).isEqualTo("DELETE_COMPLETE");
		assertThatExceptionOfType(NoSuchBucketException.class)
			.isThrownBy(() -> s3.headBucket((h) -> h.bucket("cfn-images-bucket")));
		assertThatExceptionOfType(NoSuchEntityException.class)
			.isThrownBy(() -> iam.getRole((g) -> g.roleName("cfn-images-read")));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> apiGateway.getRestApi((g) -> g.restApiId(apiId)));
	}

	@Test
	void aFailedResourceRollsTheCreationBackLeavingNothing() throws Exception {
		ClientProcess.Result failed = exec("cloudformation", "deploy", "--template-file",
				resource("failing-resource.yaml").toString(), "--stack-name", "cfn-rollback", "--capabilities",
				"CAPABILITY_NAMED_IAM");
		assertThat(failed.exitCode()).isNotZero();
		assertThat(failed.stderr()).contains("Failed to create/update the stack");

		JsonNode stack = run("cloudformation", "describe-stacks", "--stack-name", "cfn-rollback").at("/Stacks/0");
		assertThat(stack.get("StackStatus").asString()).isEqualTo("ROLLBACK_COMPLETE");
		JsonNode stackEvents = run("cloudformation", "describe-stack-events", "--stack-name", "cfn-rollback")
			.get("StackEvents");
		JsonNode failure = null;
		for (JsonNode event : stackEvents) {
			if (event.get("ResourceStatus").asString().equals("CREATE_FAILED")) {
				failure = event;
			}
		}
		assertThat(failure).isNotNull();
		assertThat(failure.get("LogicalResourceId").asString()).isEqualTo("BadResource");
		assertThat(failure.get("ResourceStatusReason").asString())
			.startsWith("Resource handler returned message: \"Resource's path part only allow")
			.contains("(Service: ApiGateway, Status Code: 400")
			.endsWith(", HandlerErrorCode: InvalidRequest)");
		List<String> events = events("cfn-rollback");
		assertThat(events.subList(0, 7)).containsExactly("cfn-rollback ROLLBACK_COMPLETE", "Role DELETE_COMPLETE",
				"Role DELETE_IN_PROGRESS", "Api DELETE_COMPLETE", "Api DELETE_IN_PROGRESS",
				"BadResource DELETE_COMPLETE", "cfn-rollback ROLLBACK_IN_PROGRESS");
		assertThat(stackEvents.get(6).get("ResourceStatusReason").asString())
			.isEqualTo("The following resource(s) failed to create: [BadResource]. Rollback requested by user.");
		assertThatExceptionOfType(NoSuchEntityException.class)
			.isThrownBy(() -> iam.getRole((g) -> g.roleName("cfn-rollback-role")));
		assertThat(RestApis.all(apiGateway)).extracting(RestApi::name).doesNotContain("cfn-rollback-api");

		// A stack in ROLLBACK_COMPLETE cannot be updated; it can be deleted.
		ClientProcess.Result update = exec("cloudformation", "update-stack", "--stack-name", "cfn-rollback",
				"--use-previous-template", "--capabilities", "CAPABILITY_NAMED_IAM");
		assertThat(update.stderr()).contains("ValidationError")
			.contains("is in ROLLBACK_COMPLETE state and can not be updated.");
		exec("cloudformation", "delete-stack", "--stack-name", "cfn-rollback");
		assertThat(exec("cloudformation", "describe-stacks", "--stack-name", "cfn-rollback").stderr())
			.contains("Stack with id cfn-rollback does not exist");
	}

	private String output(JsonNode stack, String key) {
		for (JsonNode output : stack.get("Outputs")) {
			if (output.get("OutputKey").asString().equals(key)) {
				return output.get("OutputValue").asString();
			}
		}
		return fail("no output " + key + " in " + stack);
	}

	private String physicalId(String stackName, String logicalId) throws IOException, InterruptedException {
		return run("cloudformation", "describe-stack-resources", "--stack-name", stackName, "--logical-resource-id",
				logicalId)
			.at("/StackResources/0/PhysicalResourceId")
			.asString();
	}

	/**
	 * "LogicalId STATUS" of each event, newest first, as describe-stack-events lists
	 * them.
	 */
	private List<String> events(String stackName) throws IOException, InterruptedException {
		List<String> events = new ArrayList<>();
		for (JsonNode event : run("cloudformation", "describe-stack-events", "--stack-name", stackName)
			.get("StackEvents")) {
			events.add(event.get("LogicalResourceId").asString() + " " + event.get("ResourceStatus").asString());
		}
		return events;
	}

	private HttpResponse<byte[]> invoke(String apiId, String stage, String image)
			throws IOException, InterruptedException {
		URI uri = URI
			.create(localCloud.endpoint() + "/_aws/execute-api/" + apiId + "/" + stage + "/images?image=" + image);
		// An Accept among the binary media types: API Gateway answers the image as bytes,
		// not base64.
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).header("Accept", "image/jpeg").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	private Path resource(String name) throws IOException {
		Path file = work.resolve(name);
		try (InputStream in = getClass().getResourceAsStream(name)) {
			Files.copy(in, file);
		}
		return file;
	}

	private JsonNode run(String... args) throws IOException, InterruptedException {
		return new AwsCli(localCloud.endpoint(), work).run(args);
	}

	private ClientProcess.Result exec(String... args) throws IOException, InterruptedException {
		return new AwsCli(localCloud.endpoint(), work).exec(args);
	}

}

package dev.imagegate.localcloud.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.imagegate.IntegrationTest;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every console step of the seed article, done with the AWS CLI (Debian's awscli, v2)
 * against the local cloud, each read back exactly: the emulator works for any AWS client,
 * not only the Java SDK. .ci/run installs awscli; locally: apt-get install awscli.
 */
@IntegrationTest
@LocalCloudTest
class AwsCliSeedStepsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TRUST = """
			{"Version":"2012-10-17","Statement":[{"Sid":"","Effect":"Allow",\
			"Principal":{"Service":"apigateway.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

	@Autowired
	LocalCloud localCloud;

	@TempDir
	Path work;

	private String aws;

	@BeforeEach
	void findCli() {
		aws = Files.isExecutable(Path.of("/usr/bin/aws")) ? "/usr/bin/aws" : "aws";
	}

	@Test
	void theSeedArticleStepByStep() throws Exception {
		// 1. IAM role with the custom trust policy and AmazonS3ReadOnlyAccess
		JsonNode role = run("iam", "create-role", "--role-name", "cli-iam-test-role", "--assume-role-policy-document",
				TRUST);
		String roleArn = role.at("/Role/Arn").asString();
		assertThat(roleArn).isEqualTo("arn:aws:iam::000000000000:role/cli-iam-test-role");
		run("iam", "attach-role-policy", "--role-name", "cli-iam-test-role", "--policy-arn",
				"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
		assertThat(run("iam", "list-attached-role-policies", "--role-name", "cli-iam-test-role")
			.at("/AttachedPolicies/0/PolicyName")
			.asString()).isEqualTo("AmazonS3ReadOnlyAccess");
		assertThat(JSON.readTree(JSON.writeValueAsString(
				run("iam", "get-role", "--role-name", "cli-iam-test-role").at("/Role/AssumeRolePolicyDocument"))))
			.isEqualTo(JSON.readTree(TRUST));

		// 2. Bucket in us-east-1, a folder "images" and an image in it
		run("s3api", "create-bucket", "--bucket", "cli-api-gw-image-test-s3");
		Path image = work.resolve("porsche-911.jpg");
		Files.write(image, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3 });
		runText("s3", "cp", image.toString(), "s3://cli-api-gw-image-test-s3/images/porsche-911.jpg");
		assertThat(
				run("s3api", "head-object", "--bucket", "cli-api-gw-image-test-s3", "--key", "images/porsche-911.jpg")
					.get("ContentLength")
					.asInt())
			.isEqualTo(7);

		// 3. REST API
		JsonNode api = run("apigateway", "create-rest-api", "--name", "cli-test-api");
		String apiId = api.get("id").asString();
		assertThat(run("apigateway", "get-rest-api", "--rest-api-id", apiId).get("name").asString())
			.isEqualTo("cli-test-api");

		// 4. Resource "s3"
		String rootId = run("apigateway", "get-resources", "--rest-api-id", apiId).at("/items/0/id").asString();
		String resourceId = run("apigateway", "create-resource", "--rest-api-id", apiId, "--parent-id", rootId,
				"--path-part", "s3")
			.get("id")
			.asString();
		assertThat(run("apigateway", "get-resource", "--rest-api-id", apiId, "--resource-id", resourceId).get("path")
			.asString()).isEqualTo("/s3");

		// 5 and 6. GET method with the required query string "image"
		run("apigateway", "put-method", "--rest-api-id", apiId, "--resource-id", resourceId, "--http-method", "GET",
				"--authorization-type", "NONE", "--request-parameters", "method.request.querystring.image=true");

		// 5 and 7. AWS service integration to S3 with path override and parameter
		// mappings
		run("apigateway", "put-integration", "--rest-api-id", apiId, "--resource-id", resourceId, "--http-method",
				"GET", "--type", "AWS", "--integration-http-method", "GET", "--uri",
				"arn:aws:apigateway:us-east-1:s3:path/cli-api-gw-image-test-s3/images/{image}", "--credentials",
				roleArn, "--passthrough-behavior", "WHEN_NO_MATCH", "--request-parameters",
				// JSON, not shorthand: shorthand would take the quotes of '*/*' as its
				// own quoting.
				"{\"integration.request.path.image\":\"method.request.querystring.image\","
						+ "\"integration.request.header.Accept\":\"'*/*'\"}");

		// 9 then 8 (AWS wants the method response before a header mapping that refers to
		// it)
		run("apigateway", "put-method-response", "--rest-api-id", apiId, "--resource-id", resourceId, "--http-method",
				"GET", "--status-code", "200", "--response-parameters", "method.response.header.Content-Type=false");
		run("apigateway", "put-integration-response", "--rest-api-id", apiId, "--resource-id", resourceId,
				"--http-method", "GET", "--status-code", "200", "--selection-pattern", "2\\d{2}",
				"--response-parameters", "{\"method.response.header.Content-Type\":\"'*/*'\"}");

		// 10. Binary media type */*
		run("apigateway", "update-rest-api", "--rest-api-id", apiId, "--patch-operations",
				"op=add,path=/binaryMediaTypes/*~1*");

		// Deploy to stage "test"
		String deploymentId = run("apigateway", "create-deployment", "--rest-api-id", apiId, "--stage-name", "test")
			.get("id")
			.asString();

		// Read everything back exactly as set
		JsonNode method = run("apigateway", "get-method", "--rest-api-id", apiId, "--resource-id", resourceId,
				"--http-method", "GET");
		assertThat(method.at("/requestParameters/method.request.querystring.image").asBoolean()).isTrue();
		JsonNode integration = method.get("methodIntegration");
		assertThat(integration.get("type").asString()).isEqualTo("AWS");
		assertThat(integration.get("httpMethod").asString()).isEqualTo("GET");
		assertThat(integration.get("uri").asString())
			.isEqualTo("arn:aws:apigateway:us-east-1:s3:path/cli-api-gw-image-test-s3/images/{image}");
		assertThat(integration.get("credentials").asString()).isEqualTo(roleArn);
		assertThat(integration.get("passthroughBehavior").asString()).isEqualTo("WHEN_NO_MATCH");
		assertThat(integration.get("requestParameters").properties()).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("integration.request.path.image", "integration.request.header.Accept");
		assertThat(integration.at("/requestParameters/integration.request.header.Accept").asString())
			.isEqualTo("'*/*'");
		JsonNode integrationResponse = run("apigateway", "get-integration-response", "--rest-api-id", apiId,
				"--resource-id", resourceId, "--http-method", "GET", "--status-code", "200");
		assertThat(integrationResponse.get("selectionPattern").asString()).isEqualTo("2\\d{2}");
		assertThat(integrationResponse.at("/responseParameters/method.response.header.Content-Type").asString())
			.isEqualTo("'*/*'");
		assertThat(run("apigateway", "get-method-response", "--rest-api-id", apiId, "--resource-id", resourceId,
				"--http-method", "GET", "--status-code", "200")
			.at("/responseParameters/method.response.header.Content-Type")
			.asBoolean()).isFalse();
		assertThat(run("apigateway", "get-rest-api", "--rest-api-id", apiId).at("/binaryMediaTypes/0").asString())
			.isEqualTo("*/*");
		assertThat(run("apigateway", "get-stage", "--rest-api-id", apiId, "--stage-name", "test").get("deploymentId")
			.asString()).isEqualTo(deploymentId);
	}

	@Test
	void errorsReachTheCliAsAwsErrorCodes() throws Exception {
		ClientProcess.Result missingRole = exec("iam", "get-role", "--role-name", "cli-no-such-role");
		assertThat(missingRole.exitCode()).isNotZero();
		assertThat(missingRole.stderr()).contains("NoSuchEntity");

		ClientProcess.Result missingApi = exec("apigateway", "get-rest-api", "--rest-api-id", "nosuchapi1");
		assertThat(missingApi.exitCode()).isNotZero();
		assertThat(missingApi.stderr()).contains("NotFoundException");

		ClientProcess.Result unemulated = exec("sts", "get-session-token");
		assertThat(unemulated.exitCode()).isNotZero();
		assertThat(unemulated.stderr()).contains("InvalidAction")
			.contains("Could not find operation GetSessionToken for version 2011-06-15");
	}

	@Test
	void stsNamesTheLocalAccountAndItsRoot() throws Exception {
		JsonNode identity = run("sts", "get-caller-identity");

		assertThat(identity.get("Account").asString()).isEqualTo("000000000000");
		assertThat(identity.get("Arn").asString()).isEqualTo("arn:aws:iam::000000000000:root");
		assertThat(identity.get("UserId").asString()).isEqualTo("000000000000");
	}

	private JsonNode run(String... args) throws IOException, InterruptedException {
		ClientProcess.Result result = exec(args);
		if (result.exitCode() != 0) {
			fail("aws " + String.join(" ", args) + " failed (" + result.exitCode() + "): " + result.stderr());
		}
		return result.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.stdout());
	}

	private String runText(String... args) throws IOException, InterruptedException {
		ClientProcess.Result result = exec(args);
		if (result.exitCode() != 0) {
			fail("aws " + String.join(" ", args) + " failed: " + result.stderr());
		}
		return result.stdout();
	}

	private ClientProcess.Result exec(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(aws, "--endpoint-url", localCloud.endpoint().toString(),
				"--region", "us-east-1", "--output", "json"));
		command.addAll(List.of(args));
		return ClientProcess.run(command, work,
				"The AWS CLI is needed for this test: apt-get install awscli (CI's .ci/run does)");
	}

}

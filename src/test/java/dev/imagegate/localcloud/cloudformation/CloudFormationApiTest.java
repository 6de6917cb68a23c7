package dev.imagegate.localcloud.cloudformation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.imagegate.IntegrationTest;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.cli.ClientProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CloudFormation's API through the AWS CLI: CreateStack, UpdateStack (in place, and
 * rolled back), change sets and the errors, with codes and messages as AWS answers them
 * (LocalStack's AWS-recorded test_stacks, test_changesets and test_update_stack
 * snapshots; CloudFormation's API reference for the statuses).
 */
@IntegrationTest
@LocalCloudTest
class CloudFormationApiTest {

	private static final String API = """
			Parameters:
			  Description: {Type: String, Default: first}
			  PathPart: {Type: String, Default: images}
			Resources:
			  Api:
			    Type: AWS::ApiGateway::RestApi
			    Properties:
			      Name: cfn-api-test
			      Description: !Ref Description
			  Images:
			    Type: AWS::ApiGateway::Resource
			    Properties:
			      RestApiId: !Ref Api
			      ParentId: !GetAtt Api.RootResourceId
			      PathPart: !Ref PathPart
			Outputs:
			  Path:
			    Value: !Join ['/', ['', !Ref PathPart]]
			""";

	@Autowired
	LocalCloud localCloud;

	@TempDir
	Path work;

	@Test
	void anUpdateThatFailsPutsEverythingBack() throws Exception {
		run("cloudformation", "create-stack", "--stack-name", "cfn-api", "--template-body", API);
		JsonNode stack = run("cloudformation", "describe-stacks", "--stack-name", "cfn-api").at("/Stacks/0");
		assertThat(stack.get("StackStatus").asString()).isEqualTo("CREATE_COMPLETE");
		// Members as in test_stacks.snapshot.json (test_stack_lifecycle,
		// test_list_events_after_deployment).
		assertThat(stack.get("Tags").isArray()).isTrue();
		assertThat(stack.get("Tags").size()).isZero();
		assertThat(stack.get("LastUpdatedTime").isString()).isTrue();
		assertThat(stack.get("NotificationARNs").size()).isZero();
		assertThat(stack.at("/DriftInformation/StackDriftStatus").asString()).isEqualTo("NOT_CHECKED");
		JsonNode firstResourceEvent = run("cloudformation", "describe-stack-events", "--stack-name", "cfn-api")
			.at("/StackEvents/1");
		assertThat(firstResourceEvent.get("ResourceStatus").asString()).isEqualTo("CREATE_COMPLETE");
		assertThat(firstResourceEvent.get("ResourceProperties").asString()).contains("\"PathPart\":\"images\"");
		String apiId = physicalId("Api");
		String imagesId = physicalId("Images");

		// The description changes in place, and the new path part is refused: both are
		// undone.
		ClientProcess.Result update = exec("cloudformation", "update-stack", "--stack-name", "cfn-api",
				"--use-previous-template", "--parameters", "ParameterKey=Description,ParameterValue=second",
				"ParameterKey=PathPart,ParameterValue=not valid");
		assertThat(update.exitCode()).as(update.stderr()).isZero();
		stack = run("cloudformation", "describe-stacks", "--stack-name", "cfn-api").at("/Stacks/0");
		assertThat(stack.get("StackStatus").asString()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
		assertThat(stack.at("/Outputs/0/OutputValue").asString()).isEqualTo("/images");
		assertThat(stack.at("/Parameters").toString()).contains("first").doesNotContain("second");
		assertThat(run("apigateway", "get-rest-api", "--rest-api-id", apiId).get("description").asString())
			.isEqualTo("first");
		assertThat(physicalId("Images")).isEqualTo(imagesId);
		JsonNode resources = run("apigateway", "get-resources", "--rest-api-id", apiId).get("items");
		assertThat(resources.size()).isEqualTo(2);
		List<String> events = new ArrayList<>();
		for (JsonNode event : run("cloudformation", "describe-stack-events", "--stack-name", "cfn-api")
			.get("StackEvents")) {
			events.add(event.get("LogicalResourceId").asString() + " " + event.get("ResourceStatus").asString());
		}
		assertThat(events.subList(0, events.indexOf("cfn-api UPDATE_IN_PROGRESS") + 1)).containsExactly(
				"cfn-api UPDATE_ROLLBACK_COMPLETE", "cfn-api UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS",
				"Api UPDATE_COMPLETE", "Api UPDATE_IN_PROGRESS", "cfn-api UPDATE_ROLLBACK_IN_PROGRESS",
				"Images UPDATE_FAILED", "Images UPDATE_IN_PROGRESS", "Api UPDATE_COMPLETE", "Api UPDATE_IN_PROGRESS",
				"cfn-api UPDATE_IN_PROGRESS");

		// A stack in UPDATE_ROLLBACK_COMPLETE takes updates again; the same template is
		// no update at all.
		assertThat(
				exec("cloudformation", "update-stack", "--stack-name", "cfn-api", "--use-previous-template").stderr())
			.contains("ValidationError")
			.contains("No updates are to be performed.");
		run("cloudformation", "delete-stack", "--stack-name", "cfn-api");
		assertThat(exec("apigateway", "get-rest-api", "--rest-api-id", apiId).stderr()).contains("NotFoundException");
	}

	@Test
	void errorsCarryCloudFormationsCodesAndMessages() throws Exception {
		assertError(exec("cloudformation", "describe-stacks", "--stack-name", "cfn-missing"), "ValidationError",
				"Stack with id cfn-missing does not exist");
		assertError(exec("cloudformation", "describe-stack-events", "--stack-name", "cfn_bad"), "ValidationError",
				"1 validation error detected: Value 'cfn_bad' at 'stackName' failed to satisfy constraint: Member must "
						+ "satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*");
		assertError(exec("cloudformation", "create-stack", "--stack-name", "cfn-errors"), "ValidationError",
				"Either Template URL or Template Body must be specified.");
		assertError(exec("cloudformation", "create-stack", "--stack-name", "cfn-errors", "--template-body",
				"Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {}\n"),
				"InsufficientCapabilitiesException", "Requires capabilities : [CAPABILITY_IAM]");
		run("cloudformation", "create-stack", "--stack-name", "cfn-errors", "--template-body", API);
		assertError(exec("cloudformation", "create-stack", "--stack-name", "cfn-errors", "--template-body", API),
				"AlreadyExistsException", "Stack [cfn-errors] already exists");
		assertError(
				exec("cloudformation", "create-change-set", "--stack-name", "cfn-errors", "--change-set-name", "again",
						"--change-set-type", "CREATE", "--template-body", API),
				"ValidationError",
				"Stack [cfn-errors] already exists and cannot be created again with the changeSet [again].");
		assertError(exec("cloudformation", "create-change-set", "--stack-name", "cfn-nothing", "--change-set-name",
				"update", "--template-body", API), "ValidationError", "Stack [cfn-nothing] does not exist");
		assertError(exec("cloudformation", "describe-change-set", "--stack-name", "cfn-errors", "--change-set-name",
				"none"), "ChangeSetNotFound", "ChangeSet [none] does not exist");
		assertError(
				exec("cloudformation", "create-stack", "--stack-name", "cfn-errors2", "--template-body", API,
						"--parameters", "ParameterKey=Unknown,ParameterValue=x"),
				"ValidationError", "Parameters: [Unknown] do not exist in the template");

		// A change set that changes nothing fails with the reason the CLI's deploy looks
		// for.
		JsonNode created = run("cloudformation", "create-change-set", "--stack-name", "cfn-errors", "--change-set-name",
				"same", "--use-previous-template");
		JsonNode same = run("cloudformation", "describe-change-set", "--change-set-name", created.get("Id").asString());
		assertThat(same.get("Status").asString()).isEqualTo("FAILED");
		assertThat(same.get("ExecutionStatus").asString()).isEqualTo("UNAVAILABLE");
		assertThat(same.get("StatusReason").asString()).isEqualTo(
				"The submitted information didn't contain changes. Submit different information to create a change set.");
		assertError(exec("cloudformation", "execute-change-set", "--change-set-name", created.get("Id").asString()),
				"InvalidChangeSetStatus", "ChangeSet [" + created.get("Id").asString()
						+ "] cannot be executed in its current execution status of [UNAVAILABLE]");

		// One that changes a parameter lists the resource it modifies.
		JsonNode changed = run("cloudformation", "create-change-set", "--stack-name", "cfn-errors", "--change-set-name",
				"described", "--use-previous-template", "--parameters",
				"ParameterKey=Description,ParameterValue=other");
		JsonNode described = run("cloudformation", "describe-change-set", "--change-set-name", "described",
				"--stack-name", "cfn-errors");
		assertThat(described.get("Status").asString()).isEqualTo("CREATE_COMPLETE");
		assertThat(described.at("/Changes/0/ResourceChange/Action").asString()).isEqualTo("Modify");
		assertThat(described.at("/Changes/0/ResourceChange/LogicalResourceId").asString()).isEqualTo("Api");
		run("cloudformation", "execute-change-set", "--change-set-name", changed.get("Id").asString());
		assertThat(run("cloudformation", "describe-stacks", "--stack-name", "cfn-errors").at("/Stacks/0/StackStatus")
			.asString()).isEqualTo("UPDATE_COMPLETE");
		assertThat(run("cloudformation", "get-template", "--stack-name", "cfn-errors").get("TemplateBody").asString())
			.isEqualTo(API);
		run("cloudformation", "delete-stack", "--stack-name", "cfn-errors");
		// Deleting a stack that does not exist succeeds.
		run("cloudformation", "delete-stack", "--stack-name", "cfn-errors");
	}

	@Test
	void aCustomNamedResourceIsNotReplacedUnderTheSameName() throws Exception {
		String role = """
				Parameters:
				  RolePath: {Type: String, Default: /}
				Resources:
				  Role:
				    Type: AWS::IAM::Role
				    Properties:
				      RoleName: cfn-named-role
				      Path: !Ref RolePath
				      AssumeRolePolicyDocument:
				        Version: 2012-10-17
				        Statement: [{Effect: Allow, Principal: {Service: apigateway.amazonaws.com}, Action: sts:AssumeRole}]
				""";
		run("cloudformation", "create-stack", "--stack-name", "cfn-named", "--template-body", role, "--capabilities",
				"CAPABILITY_NAMED_IAM");

		// A new Path replaces a role (AWS::IAM::Role's reference): impossible while its
		// name stays.
		run("cloudformation", "update-stack", "--stack-name", "cfn-named", "--use-previous-template", "--parameters",
				"ParameterKey=RolePath,ParameterValue=/other/", "--capabilities", "CAPABILITY_NAMED_IAM");

		assertThat(run("cloudformation", "describe-stacks", "--stack-name", "cfn-named").at("/Stacks/0/StackStatus")
			.asString()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
		JsonNode failed = null;
		for (JsonNode event : run("cloudformation", "describe-stack-events", "--stack-name", "cfn-named")
			.get("StackEvents")) {
			failed = event.get("ResourceStatus").asString().equals("UPDATE_FAILED") ? event : failed;
		}
		assertThat(failed).isNotNull();
		assertThat(failed.get("ResourceStatusReason").asString()).isEqualTo("CloudFormation cannot update a stack when "
				+ "a custom-named resource requires replacing. Rename cfn-named-role and update the stack again.");
		assertThat(run("iam", "get-role", "--role-name", "cfn-named-role").at("/Role/Path").asString()).isEqualTo("/");
		run("cloudformation", "delete-stack", "--stack-name", "cfn-named");
	}

	@Test
	void aTemplateUrlIsReadFromS3() throws Exception {
		run("s3api", "create-bucket", "--bucket", "cfn-templates");
		Path template = work.resolve("api.yaml");
		java.nio.file.Files.writeString(template, API);
		run("s3api", "put-object", "--bucket", "cfn-templates", "--key", "api.yaml", "--body", template.toString());

		// Path style on the endpoint, and virtual-hosted as deploy --s3-bucket writes it.
		run("cloudformation", "create-stack", "--stack-name", "cfn-from-s3", "--template-url",
				localCloud.endpoint() + "/cfn-templates/api.yaml");
		assertThat(run("cloudformation", "get-template", "--stack-name", "cfn-from-s3").get("TemplateBody").asString())
			.isEqualTo(API);
		assertThat(run("cloudformation", "validate-template", "--template-url",
				"https://cfn-templates.s3.us-east-1.amazonaws.com/api.yaml")
			.at("/Parameters/0/ParameterKey")
			.asString()).isEqualTo("Description");
		assertError(exec("cloudformation", "validate-template", "--template-url",
				localCloud.endpoint() + "/cfn-templates/nothing.yaml"), "ValidationError", "S3 error: ");
		run("cloudformation", "delete-stack", "--stack-name", "cfn-from-s3");
	}

	private static void assertError(ClientProcess.Result result, String code, String message) {
		assertThat(result.exitCode()).as(result.stdout()).isNotZero();
		assertThat(result.stderr()).contains("(" + code + ")").contains(": " + message);
	}

	private String physicalId(String logicalId) throws IOException, InterruptedException {
		return run("cloudformation", "describe-stack-resource", "--stack-name", "cfn-api", "--logical-resource-id",
				logicalId)
			.at("/StackResourceDetail/PhysicalResourceId")
			.asString();
	}

	private JsonNode run(String... args) throws IOException, InterruptedException {
		return new AwsCli(localCloud.endpoint(), work).run(args);
	}

	private ClientProcess.Result exec(String... args) throws IOException, InterruptedException {
		return new AwsCli(localCloud.endpoint(), work).exec(args);
	}

}

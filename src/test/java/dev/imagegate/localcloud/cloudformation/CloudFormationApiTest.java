package dev.imagegate.localcloud.cloudformation;

import java.util.List;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.ChangeAction;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetStatus;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.ExecutionStatus;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.ResourceStatus;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackDriftStatus;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * CloudFormation's API through the AWS SDK for Java: CreateStack, UpdateStack (in place,
 * and rolled back), change sets and the errors, with codes and messages as AWS answers
 * them (LocalStack's AWS-recorded test_stacks, test_changesets and test_update_stack
 * snapshots; CloudFormation's API reference for the statuses). The AWS CLI's view of the
 * same service, deploy included, is {@link CloudFormationCliTest}'s.
 */
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

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	IamClient iam;

	@Autowired
	S3Client s3;

	private CloudFormationClient cloudFormation;

	@BeforeEach
	void connect() {
		this.cloudFormation = CloudFormationClient.builder()
			.endpointOverride(this.localCloud.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
	}

	@AfterEach
	void close() {
		this.cloudFormation.close();
	}

	@Test
	void anUpdateThatFailsPutsEverythingBack() {
		this.cloudFormation.createStack((c) -> c.stackName("cfn-api").templateBody(API));
		Stack stack = stack("cfn-api");
		assertThat(stack.stackStatus()).isEqualTo(StackStatus.CREATE_COMPLETE);
		// Members as in test_stacks.snapshot.json (test_stack_lifecycle,
		// test_list_events_after_deployment): present, even when empty.
		assertThat(stack.hasTags()).isTrue();
		assertThat(stack.tags()).isEmpty();
		assertThat(stack.lastUpdatedTime()).isNotNull();
		assertThat(stack.hasNotificationARNs()).isTrue();
		assertThat(stack.notificationARNs()).isEmpty();
		assertThat(stack.driftInformation().stackDriftStatus()).isEqualTo(StackDriftStatus.NOT_CHECKED);
		StackEvent firstResourceEvent = events("cfn-api").get(1);
		assertThat(firstResourceEvent.resourceStatus()).isEqualTo(ResourceStatus.CREATE_COMPLETE);
		assertThat(firstResourceEvent.resourceProperties()).contains("\"PathPart\":\"images\"");
		String apiId = physicalId("Api");
		String imagesId = physicalId("Images");

		// The description changes in place, and the new path part is refused: both are
		// undone.
		this.cloudFormation.updateStack((u) -> u.stackName("cfn-api")
			.usePreviousTemplate(true)
			.parameters(parameter("Description", "second"), parameter("PathPart", "not valid")));
		stack = stack("cfn-api");
		assertThat(stack.stackStatus()).isEqualTo(StackStatus.UPDATE_ROLLBACK_COMPLETE);
		assertThat(stack.outputs().get(0).outputValue()).isEqualTo("/images");
		assertThat(stack.parameters()).extracting(Parameter::parameterValue)
			.containsExactlyInAnyOrder("first", "images");
		assertThat(this.apiGateway.getRestApi((g) -> g.restApiId(apiId)).description()).isEqualTo("first");
		assertThat(physicalId("Images")).isEqualTo(imagesId);
		assertThat(this.apiGateway.getResources((g) -> g.restApiId(apiId)).items()).hasSize(2);
		List<String> events = events("cfn-api").stream()
			.map((event) -> event.logicalResourceId() + " " + event.resourceStatusAsString())
			.toList();
		assertThat(events.subList(0, events.indexOf("cfn-api UPDATE_IN_PROGRESS") + 1)).containsExactly(
				"cfn-api UPDATE_ROLLBACK_COMPLETE", "cfn-api UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS",
				"Api UPDATE_COMPLETE", "Api UPDATE_IN_PROGRESS", "cfn-api UPDATE_ROLLBACK_IN_PROGRESS",
				"Images UPDATE_FAILED", "Images UPDATE_IN_PROGRESS", "Api UPDATE_COMPLETE", "Api UPDATE_IN_PROGRESS",
				"cfn-api UPDATE_IN_PROGRESS");

		// A stack in UPDATE_ROLLBACK_COMPLETE takes updates again; the same template is
		// no update at all.
		assertError(() -> this.cloudFormation.updateStack((u) -> u.stackName("cfn-api").usePreviousTemplate(true)),
				"ValidationError", "No updates are to be performed.");
		this.cloudFormation.deleteStack((d) -> d.stackName("cfn-api"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.apiGateway.getRestApi((g) -> g.restApiId(apiId)));
	}

	@Test
	void errorsCarryCloudFormationsCodesAndMessages() {
		assertError(() -> stack("cfn-missing"), "ValidationError", "Stack with id cfn-missing does not exist");
		assertError(() -> events("cfn_bad"), "ValidationError",
				"1 validation error detected: Value 'cfn_bad' at 'stackName' failed to satisfy constraint: Member must "
						+ "satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*");
		assertError(() -> this.cloudFormation.createStack((c) -> c.stackName("cfn-errors")), "ValidationError",
				"Either Template URL or Template Body must be specified.");
		assertError(
				() -> this.cloudFormation.createStack((c) -> c.stackName("cfn-errors")
					.templateBody("Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n"
							+ "      AssumeRolePolicyDocument: {}\n")),
				"InsufficientCapabilitiesException", "Requires capabilities : [CAPABILITY_IAM]");
		this.cloudFormation.createStack((c) -> c.stackName("cfn-errors").templateBody(API));
		assertError(() -> this.cloudFormation.createStack((c) -> c.stackName("cfn-errors").templateBody(API)),
				"AlreadyExistsException", "Stack [cfn-errors] already exists");
		assertError(() -> this.cloudFormation.createChangeSet(
				(c) -> c.stackName("cfn-errors").changeSetName("again").changeSetType("CREATE").templateBody(API)),
				"ValidationError",
				"Stack [cfn-errors] already exists and cannot be created again with the changeSet [again].");
		assertError(
				() -> this.cloudFormation
					.createChangeSet((c) -> c.stackName("cfn-nothing").changeSetName("update").templateBody(API)),
				"ValidationError", "Stack [cfn-nothing] does not exist");
		assertError(() -> this.cloudFormation.describeChangeSet((d) -> d.stackName("cfn-errors").changeSetName("none")),
				"ChangeSetNotFound", "ChangeSet [none] does not exist");
		assertError(
				() -> this.cloudFormation.createStack(
						(c) -> c.stackName("cfn-errors2").templateBody(API).parameters(parameter("Unknown", "x"))),
				"ValidationError", "Parameters: [Unknown] do not exist in the template");

		// A change set that changes nothing fails with the reason the CLI's deploy looks
		// for.
		String same = this.cloudFormation
			.createChangeSet((c) -> c.stackName("cfn-errors").changeSetName("same").usePreviousTemplate(true))
			.id();
		DescribeChangeSetResponse unchanged = this.cloudFormation.describeChangeSet((d) -> d.changeSetName(same));
		assertThat(unchanged.status()).isEqualTo(ChangeSetStatus.FAILED);
		assertThat(unchanged.executionStatus()).isEqualTo(ExecutionStatus.UNAVAILABLE);
		assertThat(unchanged.statusReason()).isEqualTo("The submitted information didn't contain changes. "
				+ "Submit different information to create a change set.");
		assertError(() -> this.cloudFormation.executeChangeSet((e) -> e.changeSetName(same)), "InvalidChangeSetStatus",
				"ChangeSet [" + same + "] cannot be executed in its current execution status of [UNAVAILABLE]");

		// One that changes a parameter lists the resource it modifies.
		String changed = this.cloudFormation
			.createChangeSet((c) -> c.stackName("cfn-errors")
				.changeSetName("described")
				.usePreviousTemplate(true)
				.parameters(parameter("Description", "other")))
			.id();
		DescribeChangeSetResponse described = this.cloudFormation
			.describeChangeSet((d) -> d.changeSetName("described").stackName("cfn-errors"));
		assertThat(described.status()).isEqualTo(ChangeSetStatus.CREATE_COMPLETE);
		assertThat(described.changes().get(0).resourceChange().action()).isEqualTo(ChangeAction.MODIFY);
		assertThat(described.changes().get(0).resourceChange().logicalResourceId()).isEqualTo("Api");
		this.cloudFormation.executeChangeSet((e) -> e.changeSetName(changed));
		assertThat(stack("cfn-errors").stackStatus()).isEqualTo(StackStatus.UPDATE_COMPLETE);
		assertThat(this.cloudFormation.getTemplate((g) -> g.stackName("cfn-errors")).templateBody()).isEqualTo(API);
		this.cloudFormation.deleteStack((d) -> d.stackName("cfn-errors"));
		// Deleting a stack that does not exist succeeds.
		this.cloudFormation.deleteStack((d) -> d.stackName("cfn-errors"));
	}

	@Test
	void aCustomNamedResourceIsNotReplacedUnderTheSameName() {
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
				        Statement: [{Effect: Allow, Principal: {Service: apigateway.amazonaws.com}, \
				Action: sts:AssumeRole}]
				""";
		this.cloudFormation.createStack(
				(c) -> c.stackName("cfn-named").templateBody(role).capabilities(Capability.CAPABILITY_NAMED_IAM));

		// A new Path replaces a role (AWS::IAM::Role's reference): impossible while its
		// name stays.
		this.cloudFormation.updateStack((u) -> u.stackName("cfn-named")
			.usePreviousTemplate(true)
			.parameters(parameter("RolePath", "/other/"))
			.capabilities(Capability.CAPABILITY_NAMED_IAM));

		assertThat(stack("cfn-named").stackStatus()).isEqualTo(StackStatus.UPDATE_ROLLBACK_COMPLETE);
		List<StackEvent> failed = events("cfn-named").stream()
			.filter((event) -> event.resourceStatus() == ResourceStatus.UPDATE_FAILED)
			.toList();
		assertThat(failed).hasSize(1);
		assertThat(failed.get(0).resourceStatusReason()).isEqualTo("CloudFormation cannot update a stack when "
				+ "a custom-named resource requires replacing. Rename cfn-named-role and update the stack again.");
		assertThat(this.iam.getRole((g) -> g.roleName("cfn-named-role")).role().path()).isEqualTo("/");
		this.cloudFormation.deleteStack((d) -> d.stackName("cfn-named"));
	}

	@Test
	void aTemplateUrlIsReadFromS3() {
		this.s3.createBucket((c) -> c.bucket("cfn-templates"));
		this.s3.putObject((p) -> p.bucket("cfn-templates").key("api.yaml"), RequestBody.fromString(API));

		// Path style on the endpoint, and virtual-hosted as deploy --s3-bucket writes it.
		this.cloudFormation.createStack(
				(c) -> c.stackName("cfn-from-s3").templateURL(this.localCloud.endpoint() + "/cfn-templates/api.yaml"));
		assertThat(this.cloudFormation.getTemplate((g) -> g.stackName("cfn-from-s3")).templateBody()).isEqualTo(API);
		assertThat(this.cloudFormation
			.validateTemplate((v) -> v.templateURL("https://cfn-templates.s3.us-east-1.amazonaws.com/api.yaml"))
			.parameters()
			.get(0)
			.parameterKey()).isEqualTo("Description");
		AwsServiceException missing = assertError(
				() -> this.cloudFormation
					.validateTemplate((v) -> v.templateURL(this.localCloud.endpoint() + "/cfn-templates/nothing.yaml")),
				"ValidationError", null);
		assertThat(missing.awsErrorDetails().errorMessage()).startsWith("S3 error: ");
		this.cloudFormation.deleteStack((d) -> d.stackName("cfn-from-s3"));
	}

	/**
	 * The call fails with the code and, unless null, exactly the message; with a 400, as
	 * CloudFormation answers all but ChangeSetNotFound (404, as its API reference says).
	 */
	private static AwsServiceException assertError(Runnable call, String code, String message) {
		AwsServiceException error = catchThrowableOfType(AwsServiceException.class, call::run);
		assertThat(error).as("the call fails").isNotNull();
		assertThat(error.statusCode()).isEqualTo(code.equals("ChangeSetNotFound") ? 404 : 400);
		assertThat(error.awsErrorDetails().errorCode()).isEqualTo(code);
		if (message != null) {
			assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(message);
		}
		return error;
	}

	private Stack stack(String name) {
		return this.cloudFormation.describeStacks((d) -> d.stackName(name)).stacks().get(0);
	}

	private List<StackEvent> events(String name) {
		return this.cloudFormation.describeStackEvents((d) -> d.stackName(name)).stackEvents();
	}

	private String physicalId(String logicalId) {
		return this.cloudFormation.describeStackResource((d) -> d.stackName("cfn-api").logicalResourceId(logicalId))
			.stackResourceDetail()
			.physicalResourceId();
	}

	private static Parameter parameter(String key, String value) {
		return Parameter.builder().parameterKey(key).parameterValue(value).build();
	}

}

package dev.imagegate.localcloud.iam;

import java.util.Map;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.iam.PolicyEvaluator.Decision;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListPoliciesResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyUsageType;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.decode;
import static dev.imagegate.localcloud.iam.IamTestSupport.json;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The AWS managed policies API Gateway-to-S3 guides attach, as IAM describes them: ids,
 * dates and versions as AWS publishes them (ListPolicies output of a real account; "AWS
 * managed policy reference"), member presence as recorded on AWS (LocalStack's
 * test_iam_managed_policies snapshot).
 */
@LocalCloudTest
class IamManagedPoliciesTest {

	static final String FULL_ACCESS = "arn:aws:iam::aws:policy/AmazonS3FullAccess";

	static final String READ_ONLY = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";

	static final String API_GATEWAY_LOGS = "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs";

	@Autowired
	IamClient iam;

	@Autowired
	IamRoles roles;

	@Test
	void describesAmazonS3FullAccessAsAwsDoes() {
		Policy policy = iam.getPolicy((r) -> r.policyArn(FULL_ACCESS)).policy();

		assertThat(policy.policyName()).isEqualTo("AmazonS3FullAccess");
		assertThat(policy.policyId()).isEqualTo("ANPAIFIR6V6BVTRAHWINE");
		assertThat(policy.path()).isEqualTo("/");
		assertThat(policy.defaultVersionId()).isEqualTo("v2");
		assertThat(policy.createDate()).hasToString("2015-02-06T18:40:58Z");
		assertThat(policy.updateDate()).hasToString("2021-09-27T20:16:37Z");
		assertThat(policy.description())
			.isEqualTo("Provides full access to all buckets via the AWS Management Console.");
		assertThat(policy.isAttachable()).isTrue();
		assertThat(policy.permissionsBoundaryUsageCount()).isZero();
		// GetPolicy answers with an empty Tags list for an AWS managed policy (recorded).
		assertThat(policy.hasTags()).isTrue();
		assertThat(policy.tags()).isEmpty();

		PolicyVersion version = iam.getPolicyVersion((r) -> r.policyArn(FULL_ACCESS).versionId("v2")).policyVersion();
		assertThat(version.versionId()).isEqualTo("v2");
		assertThat(version.isDefaultVersion()).isTrue();
		assertThat(version.createDate()).hasToString("2021-09-27T20:16:37Z");
		assertThat(json(decode(version.document()))).isEqualTo(json("""
				{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","s3-object-lambda:*"],\
				"Resource":"*"}]}"""));
	}

	@Test
	void attachmentCountFollowsAttachAndDetach() {
		String role = uniqueName("full-access");
		iam.createRole((r) -> r.roleName(role).assumeRolePolicyDocument(TRUST_POLICY));
		int before = iam.getPolicy((r) -> r.policyArn(FULL_ACCESS)).policy().attachmentCount();

		iam.attachRolePolicy((r) -> r.roleName(role).policyArn(FULL_ACCESS));
		assertThat(iam.getPolicy((r) -> r.policyArn(FULL_ACCESS)).policy().attachmentCount()).isEqualTo(before + 1);
		assertThat(listed(iam.listPolicies((r) -> r.scope(PolicyScopeType.AWS)), FULL_ACCESS).attachmentCount())
			.isEqualTo(before + 1);

		iam.detachRolePolicy((r) -> r.roleName(role).policyArn(FULL_ACCESS));
		assertThat(iam.getPolicy((r) -> r.policyArn(FULL_ACCESS)).policy().attachmentCount()).isEqualTo(before);
	}

	// "AWS managed policy reference": AmazonAPIGatewayPushToCloudWatchLogs, a service
	// role policy.
	@Test
	void describesApiGatewaysLoggingPolicy() {
		Policy policy = iam.getPolicy((r) -> r.policyArn(API_GATEWAY_LOGS)).policy();
		assertThat(policy.policyId()).isEqualTo("ANPAIK4GFO7HLKYN64ASK");
		assertThat(policy.path()).isEqualTo("/service-role/");
		assertThat(policy.defaultVersionId()).isEqualTo("v1");
		assertThat(policy.description()).isEqualTo("Allows API Gateway to push logs to user's account.");
		String document = decode(
				iam.getPolicyVersion((r) -> r.policyArn(API_GATEWAY_LOGS).versionId("v1")).policyVersion().document());
		assertThat(json(document).get("Statement").get(0).get("Action").valueStream().map((a) -> a.asString()))
			.containsExactly("logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogGroups",
					"logs:DescribeLogStreams", "logs:PutLogEvents", "logs:GetLogEvents", "logs:FilterLogEvents");
	}

	// The execute-api data plane evaluates a role's attached policies: AmazonS3FullAccess
	// allows reading S3.
	@Test
	void aRoleWithAmazonS3FullAccessMayReadS3() {
		String role = uniqueName("full-reader");
		iam.createRole((r) -> r.roleName(role).assumeRolePolicyDocument(TRUST_POLICY));
		iam.attachRolePolicy((r) -> r.roleName(role).policyArn(FULL_ACCESS));

		RoleView view = roles.findRole(role).orElseThrow();
		assertThat(view.attachedPolicies()).containsOnlyKeys(FULL_ACCESS);
		assertThat(PolicyEvaluator.evaluate(view.attachedPolicies().values(), "s3:GetObject",
				"arn:aws:s3:::api-gw-image-test-s3/images/cat.jpg", Map.of()))
			.isEqualTo(Decision.ALLOW);
		assertThat(PolicyEvaluator.evaluate(view.attachedPolicies().values(), "s3:ListBucket",
				"arn:aws:s3:::api-gw-image-test-s3", Map.of("s3:prefix", "images/")))
			.isEqualTo(Decision.ALLOW);
	}

	@Test
	void listsPoliciesByScopeAttachmentPathAndUsage() {
		ListPoliciesResponse all = iam.listPolicies((r) -> r.maxItems(1000));
		assertThat(all.policies()).extracting(Policy::arn).containsExactly(API_GATEWAY_LOGS, FULL_ACCESS, READ_ONLY);
		assertThat(all.isTruncated()).isFalse();
		// ListPolicies leaves Description and Tags out (recorded).
		assertThat(all.policies()).allSatisfy((policy) -> {
			assertThat(policy.description()).isNull();
			assertThat(policy.hasTags()).isFalse();
		});
		assertThat(iam.listPolicies((r) -> r.scope(PolicyScopeType.LOCAL)).policies()).isEmpty();
		assertThat(iam.listPolicies((r) -> r.pathPrefix("/service-role/")).policies()).extracting(Policy::arn)
			.containsExactly(API_GATEWAY_LOGS);
		assertThat(iam.listPolicies((r) -> r.pathPrefix("/job-function/")).policies()).isEmpty();
		assertThat(iam.listPolicies((r) -> r.policyUsageFilter(PolicyUsageType.PERMISSIONS_BOUNDARY)).policies())
			.isEmpty();
		assertThat(iam.listPolicies((r) -> r.policyUsageFilter(PolicyUsageType.PERMISSIONS_POLICY)).policies())
			.hasSize(3);

		String role = uniqueName("only-attached");
		iam.createRole((r) -> r.roleName(role).assumeRolePolicyDocument(TRUST_POLICY));
		iam.attachRolePolicy((r) -> r.roleName(role).policyArn(FULL_ACCESS));
		assertThat(iam.listPolicies((r) -> r.onlyAttached(true)).policies()).extracting(Policy::arn)
			.contains(FULL_ACCESS);
		iam.detachRolePolicy((r) -> r.roleName(role).policyArn(FULL_ACCESS));
	}

	@Test
	void listsPoliciesPageByPage() {
		ListPoliciesResponse first = iam.listPolicies((r) -> r.scope(PolicyScopeType.AWS).maxItems(2));
		assertThat(first.policies()).extracting(Policy::arn).containsExactly(API_GATEWAY_LOGS, FULL_ACCESS);
		assertThat(first.isTruncated()).isTrue();
		ListPoliciesResponse second = iam.listPolicies((r) -> r.scope(PolicyScopeType.AWS).marker(first.marker()));
		assertThat(second.policies()).extracting(Policy::arn).containsExactly(READ_ONLY);
		assertThat(second.isTruncated()).isFalse();
		assertThat(second.marker()).isNull();
	}

	// Recorded on AWS (LocalStack's test_iam_managed_policies and test_iam_policies
	// snapshots).
	@Test
	void policyVersionErrors() {
		assertThatThrownBy(() -> iam.getPolicyVersion((r) -> r.policyArn(FULL_ACCESS).versionId("1")))
			.isInstanceOfSatisfying(IamException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("1 validation error detected: Value at 'versionId' failed to satisfy constraint: "
							+ "Member must satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");
			});
		assertThatThrownBy(() -> iam.getPolicyVersion((r) -> r.policyArn(FULL_ACCESS).versionId("v9")))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Policy " + FULL_ACCESS + " version v9 does not exist or is not attachable."));
		String unknown = "arn:aws:iam::000000000000:policy/TestNonExistingPolicy";
		assertThatThrownBy(() -> iam.getPolicyVersion((r) -> r.policyArn(unknown).versionId("v1")))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Policy " + unknown + " version v1 does not exist or is not attachable."));
		assertThatThrownBy(() -> iam.getPolicy((r) -> r.policyArn(unknown)))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Policy " + unknown + " was not found."));
	}

	// botocore's IAM model: Scope is an enum, PathPrefix a policyPathType.
	@Test
	void listPoliciesValidatesItsParameters() {
		assertThatThrownBy(() -> iam.listPolicies((r) -> r.scope("Everything"))).isInstanceOfSatisfying(
				IamException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
						"1 validation error detected: Value 'Everything' at 'scope' failed to satisfy constraint: "
								+ "Member must satisfy enum value set: [All, AWS, Local]"));
		assertThatThrownBy(() -> iam.listPolicies((r) -> r.pathPrefix("no-slash"))).isInstanceOfSatisfying(
				IamException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
						"1 validation error detected: Value 'no-slash' at 'pathPrefix' failed to satisfy constraint: "
								+ "Member must satisfy regular expression pattern: ((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"));
	}

	private static Policy listed(ListPoliciesResponse response, String arn) {
		return response.policies().stream().filter((policy) -> policy.arn().equals(arn)).findFirst().orElseThrow();
	}

}

package dev.imagegate.localcloud.iam;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.InvalidInputException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.READ_IMAGES_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.S3_READ_ONLY;
import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.decode;
import static dev.imagegate.localcloud.iam.IamTestSupport.json;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inline policies, managed-policy attachments and the one AWS managed policy, through the
 * SDK.
 */
@LocalCloudTest
class IamRolePoliciesTest {

	@Autowired
	IamClient iam;

	String role;

	@BeforeEach
	void createRole() {
		role = uniqueName("policies");
		iam.createRole((r) -> r.roleName(role).assumeRolePolicyDocument(TRUST_POLICY));
	}

	@Test
	void putsReadsListsAndDeletesInlinePolicies() {
		String other = READ_IMAGES_POLICY.replace("images/*", "thumbs/*");
		iam.putRolePolicy((r) -> r.roleName(role).policyName("zz-thumbs").policyDocument(other));
		iam.putRolePolicy((r) -> r.roleName(role).policyName("read-images").policyDocument(READ_IMAGES_POLICY));

		GetRolePolicyResponse read = iam.getRolePolicy((r) -> r.roleName(role).policyName("read-images"));
		assertThat(read.roleName()).isEqualTo(role);
		assertThat(read.policyName()).isEqualTo("read-images");
		assertThat(read.policyDocument()).contains("%22s3%3AGetObject%22");
		assertThat(json(decode(read.policyDocument()))).isEqualTo(json(READ_IMAGES_POLICY));
		assertThat(iam.listRolePolicies((r) -> r.roleName(role)).policyNames()).containsExactly("read-images",
				"zz-thumbs");

		iam.deleteRolePolicy((r) -> r.roleName(role).policyName("zz-thumbs"));
		assertThat(iam.listRolePolicies((r) -> r.roleName(role)).policyNames()).containsExactly("read-images");
	}

	@Test
	void putReplacesAnInlinePolicyOfTheSameName() {
		String other = READ_IMAGES_POLICY.replace("images/*", "thumbs/*");
		iam.putRolePolicy((r) -> r.roleName(role).policyName("read").policyDocument(READ_IMAGES_POLICY));
		iam.putRolePolicy((r) -> r.roleName(role).policyName("read").policyDocument(other));

		assertThat(json(decode(iam.getRolePolicy((r) -> r.roleName(role).policyName("read")).policyDocument())))
			.isEqualTo(json(other));
		assertThat(iam.listRolePolicies((r) -> r.roleName(role)).policyNames()).containsExactly("read");
	}

	@Test
	void listsInlinePolicyNamesPageByPage() {
		for (String name : new String[] { "p1", "p2", "p3" }) {
			iam.putRolePolicy((r) -> r.roleName(role).policyName(name).policyDocument(READ_IMAGES_POLICY));
		}
		var first = iam.listRolePolicies((r) -> r.roleName(role).maxItems(2));
		assertThat(first.policyNames()).containsExactly("p1", "p2");
		assertThat(first.isTruncated()).isTrue();
		var second = iam.listRolePolicies((r) -> r.roleName(role).maxItems(2).marker(first.marker()));
		assertThat(second.policyNames()).containsExactly("p3");
		assertThat(second.isTruncated()).isFalse();
		assertThat(second.marker()).isNull();
	}

	@Test
	void inlinePolicyErrors() {
		assertThatThrownBy(() -> iam.getRolePolicy((r) -> r.roleName(role).policyName("absent")))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("The role policy with name absent cannot be found.");
			});
		assertThatThrownBy(() -> iam.deleteRolePolicy((r) -> r.roleName(role).policyName("absent")))
			.isInstanceOf(NoSuchEntityException.class);
		assertThatThrownBy(() -> iam
			.putRolePolicy((r) -> r.roleName("no-such-role-p").policyName("p").policyDocument(READ_IMAGES_POLICY)))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("The role with name no-such-role-p cannot be found."));
		assertThatThrownBy(() -> iam.listRolePolicies((r) -> r.roleName("no-such-role-p")))
			.isInstanceOf(NoSuchEntityException.class);
		assertThatThrownBy(() -> iam
			.putRolePolicy((r) -> r.roleName(role).policyName("p").policyDocument("{\"Version\":\"2012-10-17\"}")))
			.isInstanceOfSatisfying(MalformedPolicyDocumentException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicyDocument");
				assertThat(ex.statusCode()).isEqualTo(400);
			});
		assertThatThrownBy(() -> iam
			.putRolePolicy((r) -> r.roleName(role).policyName("bad name").policyDocument(READ_IMAGES_POLICY)))
			.isInstanceOfSatisfying(IamException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).contains("at 'policyName'"));
		assertThatThrownBy(() -> iam.putRolePolicy((r) -> r.roleName(role).policyName("p"))).isInstanceOfSatisfying(
				IamException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
						"1 validation error detected: Value null at 'policyDocument' failed to satisfy constraint: "
								+ "Member must not be null"));
		assertThat(iam.listRolePolicies((r) -> r.roleName(role)).policyNames()).isEmpty();
	}

	@Test
	void attachesListsAndDetachesTheManagedPolicy() {
		iam.attachRolePolicy((r) -> r.roleName(role).policyArn(S3_READ_ONLY));
		iam.attachRolePolicy((r) -> r.roleName(role).policyArn(S3_READ_ONLY));

		assertThat(iam.listAttachedRolePolicies((r) -> r.roleName(role)).attachedPolicies()).containsExactly(
				AttachedPolicy.builder().policyName("AmazonS3ReadOnlyAccess").policyArn(S3_READ_ONLY).build());
		assertThat(
				iam.listAttachedRolePolicies((r) -> r.roleName(role).pathPrefix("/service-role/")).attachedPolicies())
			.isEmpty();

		iam.detachRolePolicy((r) -> r.roleName(role).policyArn(S3_READ_ONLY));
		assertThat(iam.listAttachedRolePolicies((r) -> r.roleName(role)).attachedPolicies()).isEmpty();
		assertThatThrownBy(() -> iam.detachRolePolicy((r) -> r.roleName(role).policyArn(S3_READ_ONLY)))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Policy " + S3_READ_ONLY + " was not found."));
	}

	@Test
	void attachingAnUnknownPolicyIsNoSuchEntity() {
		String unknown = "arn:aws:iam::aws:policy/AmazonS3EverythingAccess";
		assertThatThrownBy(() -> iam.attachRolePolicy((r) -> r.roleName(role).policyArn(unknown)))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Policy " + unknown + " does not exist or is not attachable.");
			});
		// Recorded on AWS (LocalStack's test_iam_roles snapshot,
		// test_role_managed_policy_errors and
		// test_role_permissions_boundary_errors): no ARN at all is a ValidationError, an
		// ARN of no policy InvalidInput.
		assertThatThrownBy(() -> iam.attachRolePolicy((r) -> r.roleName(role).policyArn("longpolicynamebutnoarn")))
			.isInstanceOfSatisfying(IamException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("ARN longpolicynamebutnoarn is not valid.");
			});
		String notAPolicy = "arn:aws:iam::000000000000:not_a_policy/invalid";
		assertThatThrownBy(() -> iam.attachRolePolicy((r) -> r.roleName(role).policyArn(notAPolicy)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("ARN " + notAPolicy + " is not valid."));
		assertThatThrownBy(() -> iam.attachRolePolicy((r) -> r.roleName("no-such-role-a").policyArn(S3_READ_ONLY)))
			.isInstanceOf(NoSuchEntityException.class);
		assertThatThrownBy(() -> iam.listAttachedRolePolicies((r) -> r.roleName("no-such-role-a")))
			.isInstanceOf(NoSuchEntityException.class);
		assertThat(iam.listAttachedRolePolicies((r) -> r.roleName(role)).attachedPolicies()).isEmpty();
	}

	@Test
	void readsTheAwsManagedPolicyAndItsDocument() {
		iam.attachRolePolicy((r) -> r.roleName(role).policyArn(S3_READ_ONLY));
		Policy policy = iam.getPolicy((r) -> r.policyArn(S3_READ_ONLY)).policy();
		assertThat(policy.policyName()).isEqualTo("AmazonS3ReadOnlyAccess");
		assertThat(policy.arn()).isEqualTo(S3_READ_ONLY);
		assertThat(policy.policyId()).startsWith("ANPA");
		assertThat(policy.isAttachable()).isTrue();
		assertThat(policy.attachmentCount()).isPositive();

		PolicyVersion version = iam
			.getPolicyVersion((r) -> r.policyArn(S3_READ_ONLY).versionId(policy.defaultVersionId()))
			.policyVersion();
		assertThat(version.isDefaultVersion()).isTrue();
		assertThat(version.document()).contains("s3%3AGet%2A");
		var document = json(decode(version.document()));
		assertThat(document.get("Version").asString()).isEqualTo("2012-10-17");
		var statement = document.get("Statement").get(0);
		assertThat(statement.get("Effect").asString()).isEqualTo("Allow");
		assertThat(statement.get("Resource").asString()).isEqualTo("*");
		assertThat(statement.get("Action").valueStream().map((a) -> a.asString()).toList()).contains("s3:Get*",
				"s3:List*", "s3-object-lambda:Get*", "s3-object-lambda:List*");

		assertThatThrownBy(() -> iam.getPolicyVersion((r) -> r.policyArn(S3_READ_ONLY).versionId("v99")))
			.isInstanceOf(NoSuchEntityException.class);
		assertThatThrownBy(() -> iam.getPolicy((r) -> r.policyArn("arn:aws:iam::aws:policy/NoSuchPolicyHere")))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.statusCode()).isEqualTo(404));
	}

}

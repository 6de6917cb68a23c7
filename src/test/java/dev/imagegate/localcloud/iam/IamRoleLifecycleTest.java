package dev.imagegate.localcloud.iam;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.READ_IMAGES_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.S3_READ_ONLY;
import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.decode;
import static dev.imagegate.localcloud.iam.IamTestSupport.json;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * CreateRole, GetRole, UpdateAssumeRolePolicy and DeleteRole through the real SDK client.
 */
@LocalCloudTest
class IamRoleLifecycleTest {

	@Autowired
	IamClient iam;

	@Test
	void createsARoleAndReadsItBack() {
		String name = uniqueName("lifecycle");
		Role created = iam
			.createRole((r) -> r.roleName(name)
				.path("/imagegate/")
				.assumeRolePolicyDocument(TRUST_POLICY)
				.description("Lets API Gateway read images")
				.maxSessionDuration(7200)
				.tags((t) -> t.key("imagegate:managed").value("true")))
			.role();

		assertThat(created.roleName()).isEqualTo(name);
		assertThat(created.roleId()).matches("AROA[A-Z0-9]{17}");
		assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:role/imagegate/" + name);
		assertThat(created.path()).isEqualTo("/imagegate/");
		assertThat(created.createDate()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
		assertThat(json(decode(created.assumeRolePolicyDocument()))).isEqualTo(json(TRUST_POLICY));
		assertThat(created.tags()).singleElement()
			.satisfies((tag) -> assertThat(tag.key() + "=" + tag.value()).isEqualTo("imagegate:managed=true"));

		Role read = iam.getRole((r) -> r.roleName(name)).role();
		assertThat(read.roleId()).isEqualTo(created.roleId());
		assertThat(read.arn()).isEqualTo(created.arn());
		assertThat(read.description()).isEqualTo("Lets API Gateway read images");
		assertThat(read.maxSessionDuration()).isEqualTo(7200);
		assertThat(read.createDate()).isEqualTo(created.createDate());
		assertThat(json(decode(read.assumeRolePolicyDocument()))).isEqualTo(json(TRUST_POLICY));
	}

	@Test
	void defaultsPathAndSessionDuration() {
		String name = uniqueName("defaults");
		Role role = iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY)).role();

		assertThat(role.path()).isEqualTo("/");
		assertThat(role.arn()).isEqualTo("arn:aws:iam::000000000000:role/" + name);
		assertThat(role.description()).isNull();
		// Recorded on AWS (LocalStack's test_iam_roles snapshot,
		// test_create_role_defaults): CreateRole
		// leaves MaxSessionDuration and RoleLastUsed out; GetRole has both.
		assertThat(role.maxSessionDuration()).isNull();
		assertThat(role.roleLastUsed()).isNull();
		Role read = iam.getRole((r) -> r.roleName(name)).role();
		assertThat(read.maxSessionDuration()).isEqualTo(3600);
		assertThat(read.roleLastUsed()).isNotNull();
	}

	@Test
	void refusesASecondRoleWithTheSameNameInAnyCase() {
		String name = uniqueName("twice");
		iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY));

		assertThatThrownBy(
				() -> iam.createRole((r) -> r.roleName(name.toUpperCase()).assumeRolePolicyDocument(TRUST_POLICY)))
			.isInstanceOfSatisfying(EntityAlreadyExistsException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("EntityAlreadyExists");
				assertThat(ex.statusCode()).isEqualTo(409);
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Role with name " + name.toUpperCase() + " already exists.");
			});
	}

	@Test
	void unknownRoleIsNoSuchEntity() {
		assertThatThrownBy(() -> iam.getRole((r) -> r.roleName("no-such-role-here")))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("The role with name no-such-role-here cannot be found.");
			});
		assertThatThrownBy(() -> iam.deleteRole((r) -> r.roleName("no-such-role-here")))
			.isInstanceOf(NoSuchEntityException.class);
		assertThatThrownBy(
				() -> iam.updateAssumeRolePolicy((r) -> r.roleName("no-such-role-here").policyDocument(TRUST_POLICY)))
			.isInstanceOf(NoSuchEntityException.class);
	}

	@Test
	void invalidRoleNamesAreValidationErrors() {
		assertThatThrownBy(() -> iam.createRole((r) -> r.roleName("has space").assumeRolePolicyDocument(TRUST_POLICY)))
			.isInstanceOfSatisfying(IamException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
						"1 validation error detected: Value 'has space' at 'roleName' failed to satisfy constraint: "
								+ "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
			});
		String tooLong = "r".repeat(65);
		assertThatThrownBy(() -> iam.createRole((r) -> r.roleName(tooLong).assumeRolePolicyDocument(TRUST_POLICY)))
			.isInstanceOfSatisfying(IamException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.endsWith("Member must have length less than or equal to 64"));
		assertThatThrownBy(() -> iam.createRole(
				(r) -> r.roleName(uniqueName("short")).assumeRolePolicyDocument(TRUST_POLICY).maxSessionDuration(60)))
			.isInstanceOfSatisfying(IamException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).contains("at 'maxSessionDuration'")
						.endsWith("Member must have value greater than or equal to 3600"));
		assertThatThrownBy(() -> iam.createRole(
				(r) -> r.roleName(uniqueName("path")).path("no-slashes").assumeRolePolicyDocument(TRUST_POLICY)))
			.isInstanceOfSatisfying(IamException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationError"));
	}

	@Test
	void missingTrustPolicyIsAValidationError() {
		assertThatThrownBy(() -> iam.createRole((r) -> r.roleName(uniqueName("no-trust"))))
			.isInstanceOfSatisfying(IamException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value null at "
						+ "'assumeRolePolicyDocument' failed to satisfy constraint: Member must not be null");
			});
	}

	@Test
	void malformedTrustPoliciesAreRefusedAndNothingIsCreated() {
		String name = uniqueName("malformed");
		for (String bad : new String[] { "not json", "{\"Statement\":[{\"Effect\":\"Allow\"}]}",
				"{\"Version\":\"2012-10-17\"}", "[1,2]" }) {
			assertThatThrownBy(() -> iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(bad)))
				.isInstanceOfSatisfying(MalformedPolicyDocumentException.class, (ex) -> {
					assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicyDocument");
					assertThat(ex.statusCode()).isEqualTo(400);
				});
		}
		assertThatThrownBy(() -> iam.getRole((r) -> r.roleName(name))).isInstanceOf(NoSuchEntityException.class);
	}

	@Test
	void updatesTheTrustPolicy() {
		String name = uniqueName("retrust");
		iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY));
		String lambdaTrust = TRUST_POLICY.replace("apigateway.amazonaws.com", "lambda.amazonaws.com");

		iam.updateAssumeRolePolicy((r) -> r.roleName(name).policyDocument(lambdaTrust));

		assertThat(json(decode(iam.getRole((r) -> r.roleName(name)).role().assumeRolePolicyDocument())))
			.isEqualTo(json(lambdaTrust));
		assertThatThrownBy(() -> iam.updateAssumeRolePolicy((r) -> r.roleName(name).policyDocument("{oops")))
			.isInstanceOf(MalformedPolicyDocumentException.class);
		assertThat(json(decode(iam.getRole((r) -> r.roleName(name)).role().assumeRolePolicyDocument())))
			.isEqualTo(json(lambdaTrust));
	}

	@Test
	void deletesARoleOnlyOnceItsPoliciesAreGone() {
		String name = uniqueName("delete");
		iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY));
		iam.putRolePolicy((r) -> r.roleName(name).policyName("read-images").policyDocument(READ_IMAGES_POLICY));
		iam.attachRolePolicy((r) -> r.roleName(name).policyArn(S3_READ_ONLY));

		assertThatThrownBy(() -> iam.deleteRole((r) -> r.roleName(name)))
			.isInstanceOfSatisfying(DeleteConflictException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("DeleteConflict");
				assertThat(ex.statusCode()).isEqualTo(409);
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Cannot delete entity, must delete policies first.");
			});
		iam.deleteRolePolicy((r) -> r.roleName(name).policyName("read-images"));
		assertThatThrownBy(() -> iam.deleteRole((r) -> r.roleName(name))).isInstanceOfSatisfying(
				DeleteConflictException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Cannot delete entity, must detach all policies first."));
		iam.detachRolePolicy((r) -> r.roleName(name).policyArn(S3_READ_ONLY));

		iam.deleteRole((r) -> r.roleName(name));

		assertThatThrownBy(() -> iam.getRole((r) -> r.roleName(name))).isInstanceOf(NoSuchEntityException.class);
	}

	// Recorded on AWS (LocalStack's test_iam_roles snapshot,
	// TestRoleLifecycle::test_update_role and test_role_errors).
	@Test
	void updatesDescriptionAndSessionDuration() {
		String name = uniqueName("update");
		iam.createRole(
				(r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY).description("initial description"));

		iam.updateRole((r) -> r.roleName(name).description("updated description").maxSessionDuration(7200));
		Role updated = iam.getRole((r) -> r.roleName(name)).role();
		assertThat(updated.description()).isEqualTo("updated description");
		assertThat(updated.maxSessionDuration()).isEqualTo(7200);

		Role described = iam.updateRoleDescription((r) -> r.roleName(name).description("via update_role_description"))
			.role();
		assertThat(described.description()).isEqualTo("via update_role_description");
		assertThat(described.maxSessionDuration()).isNull();
		assertThat(described.roleLastUsed()).isNull();

		iam.updateRole((r) -> r.roleName(name));
		Role unchanged = iam.getRole((r) -> r.roleName(name)).role();
		assertThat(unchanged.description()).isEqualTo("via update_role_description");
		assertThat(unchanged.maxSessionDuration()).isEqualTo(7200);

		assertThatThrownBy(() -> iam.updateRole((r) -> r.roleName("test-nonexistent-role").description("test")))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("The role with name test-nonexistent-role cannot be found."));
		assertThatThrownBy(() -> iam.updateRole((r) -> r.roleName(name).maxSessionDuration(100)))
			.isInstanceOfSatisfying(IamException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
						.isEqualTo("1 validation error detected: Value '100' at 'maxSessionDuration' failed to satisfy "
								+ "constraint: Member must have value greater than or equal to 3600"));
	}

	// botocore's IAM model: roleDescriptionType, pathType and pathPrefixType, quoted as
	// the model spells them.
	@Test
	void validatesDescriptionPathAndPathPrefixAsTheModelDoes() {
		String name = uniqueName("model");
		assertThatThrownBy(() -> iam
			.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY).description("line\tbreak")))
			.isInstanceOfSatisfying(IamException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
							"1 validation error detected: Value 'line\tbreak' at 'description' failed to satisfy "
									+ "constraint: Member must satisfy regular expression pattern: "
									+ "[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*"));
		assertThatThrownBy(
				() -> iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY).path("no-slash")))
			.isInstanceOfSatisfying(IamException.class,
					(ex) -> assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
							"1 validation error detected: Value 'no-slash' at 'path' failed to satisfy constraint: "
									+ "Member must satisfy regular expression pattern: "
									+ "(\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F)"));
		assertThatThrownBy(() -> iam.listRoles((r) -> r.pathPrefix("x"))).isInstanceOfSatisfying(IamException.class,
				(ex) -> assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("1 validation error detected: Value 'x' at 'pathPrefix' failed to satisfy constraint: "
							+ "Member must satisfy regular expression pattern: \\u002F[\\u0021-\\u007F]*"));
		iam.createRole((r) -> r.roleName(name)
			.assumeRolePolicyDocument(TRUST_POLICY)
			.description("Lets API Gateway read – images ✓"));
	}

}

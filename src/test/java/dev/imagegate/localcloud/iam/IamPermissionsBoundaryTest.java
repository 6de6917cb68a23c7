package dev.imagegate.localcloud.iam;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.InvalidInputException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyUsageType;
import software.amazon.awssdk.services.iam.model.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.S3_READ_ONLY;
import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A role's permissions boundary, as recorded on AWS (LocalStack's test_iam_roles
 * snapshot, TestRolePermissionsBoundary): shown by CreateRole and GetRole but not
 * ListRoles, counted by GetPolicy's PermissionsBoundaryUsageCount.
 */
@LocalCloudTest
class IamPermissionsBoundaryTest {

	@Autowired
	IamClient iam;

	@Test
	void setsShowsAndRemovesABoundary() {
		String name = uniqueName("boundary");
		int before = boundaryUsage();
		Role created = iam
			.createRole((r) -> r.roleName(name)
				.assumeRolePolicyDocument(TRUST_POLICY)
				.permissionsBoundary(S3_READ_ONLY)
				.description("Role with permissions boundary"))
			.role();

		AttachedPermissionsBoundary boundary = AttachedPermissionsBoundary.builder()
			.permissionsBoundaryType("Policy")
			.permissionsBoundaryArn(S3_READ_ONLY)
			.build();
		assertThat(created.permissionsBoundary()).isEqualTo(boundary);
		assertThat(iam.getRole((r) -> r.roleName(name)).role().permissionsBoundary()).isEqualTo(boundary);
		assertThat(listed(name).permissionsBoundary()).isNull();
		assertThat(boundaryUsage()).isEqualTo(before + 1);
		assertThat(iam.listPolicies((r) -> r.policyUsageFilter(PolicyUsageType.PERMISSIONS_BOUNDARY)).policies())
			.extracting(Policy::arn)
			.contains(S3_READ_ONLY);

		iam.deleteRolePermissionsBoundary((r) -> r.roleName(name));
		assertThat(iam.getRole((r) -> r.roleName(name)).role().permissionsBoundary()).isNull();
		assertThat(boundaryUsage()).isEqualTo(before);

		iam.putRolePermissionsBoundary((r) -> r.roleName(name).permissionsBoundary(S3_READ_ONLY));
		assertThat(iam.getRole((r) -> r.roleName(name)).role().permissionsBoundary()).isEqualTo(boundary);
		iam.deleteRolePermissionsBoundary((r) -> r.roleName(name));
	}

	@Test
	void boundaryErrors() {
		String name = uniqueName("boundary-errors");
		iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY));
		String notAPolicy = "arn:aws:iam::000000000000:not_a_policy/invalid";
		String missing = "arn:aws:iam::000000000000:policy/nonexistent-policy";

		assertThatThrownBy(
				() -> iam.putRolePermissionsBoundary((r) -> r.roleName(name).permissionsBoundary(notAPolicy)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("ARN " + notAPolicy + " is not valid."));
		assertThatThrownBy(() -> iam.createRole((r) -> r.roleName(uniqueName("b"))
			.assumeRolePolicyDocument(TRUST_POLICY)
			.permissionsBoundary(notAPolicy))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> iam.putRolePermissionsBoundary((r) -> r.roleName(name).permissionsBoundary(missing)))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Scope ARN: " + missing + " does not exist or is not attachable."));
		assertThatThrownBy(() -> iam.createRole(
				(r) -> r.roleName(uniqueName("b")).assumeRolePolicyDocument(TRUST_POLICY).permissionsBoundary(missing)))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Scope ARN: " + missing + " does not exist or is not attachable."));
		assertThatThrownBy(() -> iam
			.putRolePermissionsBoundary((r) -> r.roleName("nonexistent-role").permissionsBoundary(S3_READ_ONLY)))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("The role with name nonexistent-role cannot be found."));
		assertThat(iam.getRole((r) -> r.roleName(name)).role().permissionsBoundary()).isNull();
	}

	private int boundaryUsage() {
		return iam.getPolicy((r) -> r.policyArn(S3_READ_ONLY)).policy().permissionsBoundaryUsageCount();
	}

	private Role listed(String name) {
		return iam.listRoles((r) -> r.maxItems(1000))
			.roles()
			.stream()
			.filter((role) -> role.roleName().equals(name))
			.findFirst()
			.orElseThrow();
	}

}

package dev.imagegate.localcloud.iam;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.READ_IMAGES_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.S3_READ_ONLY;
import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.json;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/** The in-process read API that execute-api uses to act as an integration's role. */
@LocalCloudTest
class IamRolesReadApiTest {

	@Autowired
	IamClient iam;

	@Autowired
	IamRoles roles;

	@Test
	void findsARoleByArnOrNameWithDecodedDocuments() {
		String name = uniqueName("read-api");
		Role created = iam.createRole((r) -> r.roleName(name).path("/svc/").assumeRolePolicyDocument(TRUST_POLICY))
			.role();
		iam.putRolePolicy((r) -> r.roleName(name).policyName("read-images").policyDocument(READ_IMAGES_POLICY));
		iam.attachRolePolicy((r) -> r.roleName(name).policyArn(S3_READ_ONLY));

		RoleView byArn = roles.findRole(created.arn()).orElseThrow();
		assertThat(byArn.name()).isEqualTo(name);
		assertThat(byArn.arn()).isEqualTo(created.arn());
		assertThat(byArn.roleId()).isEqualTo(created.roleId());
		assertThat(json(byArn.trustPolicy())).isEqualTo(json(TRUST_POLICY));
		assertThat(json(byArn.inlinePolicies().get("read-images"))).isEqualTo(json(READ_IMAGES_POLICY));
		assertThat(byArn.attachedPolicies()).containsOnlyKeys(S3_READ_ONLY);
		assertThat(json(byArn.attachedPolicies().get(S3_READ_ONLY)).get("Statement").get(0).get("Resource").asString())
			.isEqualTo("*");

		assertThat(roles.findRole(name)).contains(byArn);
	}

	@Test
	void anArnMustMatchAccountAndPath() {
		String name = uniqueName("read-api-arn");
		iam.createRole((r) -> r.roleName(name).path("/svc/").assumeRolePolicyDocument(TRUST_POLICY));

		assertThat(roles.findRole("arn:aws:iam::000000000000:role/svc/" + name)).isPresent();
		assertThat(roles.findRole("arn:aws:iam::000000000000:role/" + name)).isEmpty();
		assertThat(roles.findRole("arn:aws:iam::123456789012:role/svc/" + name)).isEmpty();
		assertThat(roles.findRole("no-such-role-r")).isEmpty();
		assertThat(roles.findRole("")).isEmpty();
	}

}

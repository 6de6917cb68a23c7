package dev.imagegate.localcloud.iam;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloudProperties;
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

/**
 * Roles survive a restart: a fresh store and service on the same data directory see them
 * all.
 */
@LocalCloudTest
class IamPersistenceTest {

	@Autowired
	IamClient iam;

	@Autowired
	LocalCloudProperties properties;

	@Test
	void aFreshStoreOnTheSameDataDirectorySeesEverything() {
		String name = uniqueName("persist");
		Role created = iam
			.createRole((r) -> r.roleName(name)
				.assumeRolePolicyDocument(TRUST_POLICY)
				.description("survives")
				.tags((t) -> t.key("k").value("v")))
			.role();
		iam.putRolePolicy((r) -> r.roleName(name).policyName("read-images").policyDocument(READ_IMAGES_POLICY));
		iam.attachRolePolicy((r) -> r.roleName(name).policyArn(S3_READ_ONLY));

		IamStore reloaded = new IamStore(properties.dataDir());
		StoredRole role = new RoleService(reloaded, properties.accountId()).get(name);

		assertThat(role.id()).isEqualTo(created.roleId());
		assertThat(role.arn(properties.accountId())).isEqualTo(created.arn());
		assertThat(role.createDate()).isEqualTo(created.createDate().toString());
		assertThat(role.description()).isEqualTo("survives");
		assertThat(role.tags()).containsExactly(new Tag("k", "v"));
		assertThat(json(role.assumeRolePolicyDocument())).isEqualTo(json(TRUST_POLICY));
		assertThat(role.inlinePolicies()).containsOnlyKeys("read-images");
		assertThat(role.attachedPolicyArns()).containsExactly(S3_READ_ONLY);
		assertThat(properties.dataDir().resolve("iam/state.json")).isRegularFile();
	}

}

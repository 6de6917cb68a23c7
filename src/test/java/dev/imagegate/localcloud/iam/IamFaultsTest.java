package dev.imagegate.localcloud.iam;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.wire.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ConcurrentModificationException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.ServiceFailureException;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.S3_READ_ONLY;
import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Injected faults fail the named IAM action with the given error and change nothing. */
@LocalCloudTest
class IamFaultsTest {

	@Autowired
	IamClient iam;

	@Autowired
	FaultInjector faults;

	@AfterEach
	void clearFaults() {
		faults.clear();
	}

	@Test
	void aFaultFailsCreateRoleOnceAndCreatesNothing() {
		String name = uniqueName("fault");
		faults.failNext("CreateRole", 1, 409, "ConcurrentModification", "Injected: try again");

		assertThatThrownBy(() -> iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY)))
			.isInstanceOfSatisfying(ConcurrentModificationException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ConcurrentModification");
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Injected: try again");
				assertThat(ex.statusCode()).isEqualTo(409);
			});
		assertThatThrownBy(() -> iam.getRole((r) -> r.roleName(name))).isInstanceOf(NoSuchEntityException.class);

		iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY));
		assertThat(iam.getRole((r) -> r.roleName(name)).role().roleName()).isEqualTo(name);
	}

	@Test
	void aFaultOnlyHitsTheNamedAction() {
		String name = uniqueName("fault-attach");
		iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY));
		// More failures than the SDK's retries: a 500 is retried, so it must keep
		// failing.
		faults.failNext("AttachRolePolicy", 10, 500, "ServiceFailure", "Injected outage");

		assertThatThrownBy(() -> iam.attachRolePolicy((r) -> r.roleName(name).policyArn(S3_READ_ONLY)))
			.isInstanceOfSatisfying(ServiceFailureException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ServiceFailure");
				assertThat(ex.statusCode()).isEqualTo(500);
			});
		assertThat(iam.getRole((r) -> r.roleName(name)).role().roleName()).isEqualTo(name);
		assertThat(iam.listAttachedRolePolicies((r) -> r.roleName(name)).attachedPolicies()).isEmpty();
	}

}

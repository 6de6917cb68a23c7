package dev.imagegate.localcloud.iam;

import dev.imagegate.localcloud.ConditionalOnLocalCloud;
import dev.imagegate.localcloud.LocalCloudProperties;
import dev.imagegate.localcloud.query.QueryHandler;
import dev.imagegate.localcloud.query.QueryProtocol;
import dev.imagegate.localcloud.store.DataDirectory;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The IAM emulator: its state and logic, kept under {@code {data-dir}/iam/}, behind the
 * query protocol ({@code Version=2010-05-08}) and IAM's XML.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalCloud
class IamConfiguration {

	static final QueryProtocol IAM = new QueryProtocol("iam", "2010-05-08", "https://iam.amazonaws.com/doc/2010-05-08/",
			"ServiceFailure");

	@Bean
	CloudServiceHandler iamQueryHandler(RoleService roles, RolePolicyService policies, ManagedPolicyService managed,
			FaultInjector faults) {
		return new QueryHandler(IAM, new IamActions(roles, policies, managed)::find, faults);
	}

	@Bean
	IamStore iamStore(DataDirectory data) {
		return new IamStore(data.path());
	}

	@Bean
	RoleService iamRoleService(IamStore store, LocalCloudProperties properties) {
		return new RoleService(store, properties.accountId());
	}

	@Bean
	ManagedPolicyService iamManagedPolicyService(IamStore store) {
		return new ManagedPolicyService(store);
	}

	@Bean
	RolePolicyService iamRolePolicyService(IamStore store) {
		return new RolePolicyService(store);
	}

	/** The roles as the rest of the local cloud reads them, in process. */
	@Bean
	IamRoles iamRoles(IamStore store, RoleService roles) {
		return new IamRoles(store, roles);
	}

}

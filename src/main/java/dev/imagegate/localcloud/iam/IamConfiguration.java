package dev.imagegate.localcloud.iam;

import dev.imagegate.localcloud.ConditionalOnLocalCloud;
import dev.imagegate.localcloud.LocalCloudProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The IAM emulator's state and logic, kept under {@code {data-dir}/iam/}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalCloud
class IamConfiguration {

	@Bean
	IamStore iamStore(LocalCloudProperties properties) {
		return new IamStore(properties.dataDir());
	}

	@Bean
	RoleService iamRoleService(IamStore store, LocalCloudProperties properties) {
		return new RoleService(store, properties.accountId());
	}

	@Bean
	RolePolicyService iamRolePolicyService(IamStore store) {
		return new RolePolicyService(store);
	}

}

package dev.imagegate.localcloud.iam;

import java.util.List;

import dev.imagegate.localcloud.wire.CloudException;

/** A role's inline policies and its attached managed policies. */
class RolePolicyService {

	/**
	 * IAM's quota on the total size of a role's inline policies, whitespace not counted.
	 */
	static final int MAX_INLINE_CHARS = 10240;

	static final int MAX_ATTACHED = 10;

	private final IamStore store;

	RolePolicyService(IamStore store) {
		this.store = store;
	}

	void put(String roleName, String policyName, String document) {
		IamValidation.name("RoleName", roleName, 64);
		IamValidation.name("PolicyName", policyName, 128);
		RoleService.checkDocumentText("PolicyDocument", document);
		PolicyDocuments.checkIdentity(document);
		store.update((roles) -> {
			StoredRole role = RoleService.require(roles, roleName).withInlinePolicy(policyName, document);
			int size = role.inlinePolicies().values().stream().mapToInt((d) -> d.replaceAll("\\s", "").length()).sum();
			if (size > MAX_INLINE_CHARS) {
				throw new CloudException(409, "LimitExceeded",
						"Maximum policy size of " + MAX_INLINE_CHARS + " bytes exceeded for role " + roleName);
			}
			return roles.put(IamState.key(roleName), role);
		});
	}

	String get(String roleName, String policyName) {
		IamValidation.name("RoleName", roleName, 64);
		IamValidation.name("PolicyName", policyName, 128);
		String document = RoleService.require(store.snapshot().roles(), roleName).inlinePolicies().get(policyName);
		if (document == null) {
			throw noSuchRolePolicy(policyName);
		}
		return document;
	}

	Page<String> list(String roleName, String marker, Integer maxItems) {
		IamValidation.name("RoleName", roleName, 64);
		StoredRole role = RoleService.require(store.snapshot().roles(), roleName);
		return Page.of(List.copyOf(role.inlinePolicies().keySet()), (name) -> name, marker, maxItems);
	}

	void delete(String roleName, String policyName) {
		IamValidation.name("RoleName", roleName, 64);
		IamValidation.name("PolicyName", policyName, 128);
		store.update((roles) -> {
			StoredRole role = RoleService.require(roles, roleName);
			if (!role.inlinePolicies().containsKey(policyName)) {
				throw noSuchRolePolicy(policyName);
			}
			return roles.put(IamState.key(roleName), role.withInlinePolicy(policyName, null));
		});
	}

	void attach(String roleName, String policyArn) {
		IamValidation.name("RoleName", roleName, 64);
		ManagedPolicyService.checkArn(policyArn);
		store.update((roles) -> {
			StoredRole role = RoleService.require(roles, roleName);
			if (ManagedPolicies.find(policyArn).isEmpty()) {
				throw new CloudException(404, "NoSuchEntity",
						"Policy " + policyArn + " does not exist or is not attachable.");
			}
			if (role.attachedPolicyArns().contains(policyArn)) {
				return role;
			}
			if (role.attachedPolicyArns().size() >= MAX_ATTACHED) {
				throw new CloudException(409, "LimitExceeded",
						"Cannot exceed quota for PoliciesPerRole: " + MAX_ATTACHED);
			}
			return roles.put(IamState.key(roleName), role.withAttached(policyArn, true));
		});
	}

	void detach(String roleName, String policyArn) {
		IamValidation.name("RoleName", roleName, 64);
		ManagedPolicyService.checkArn(policyArn);
		store.update((roles) -> {
			StoredRole role = RoleService.require(roles, roleName);
			if (!role.attachedPolicyArns().contains(policyArn)) {
				throw new CloudException(404, "NoSuchEntity", "Policy " + policyArn + " was not found.");
			}
			return roles.put(IamState.key(roleName), role.withAttached(policyArn, false));
		});
	}

	void putBoundary(String roleName, String policyArn) {
		IamValidation.name("RoleName", roleName, 64);
		ManagedPolicyService.checkBoundary(policyArn);
		store.update((roles) -> roles.put(IamState.key(roleName),
				RoleService.require(roles, roleName).withPermissionsBoundary(policyArn)));
	}

	void deleteBoundary(String roleName) {
		IamValidation.name("RoleName", roleName, 64);
		store.update((roles) -> roles.put(IamState.key(roleName),
				RoleService.require(roles, roleName).withPermissionsBoundary(null)));
	}

	Page<ManagedPolicy> listAttached(String roleName, String pathPrefix, String marker, Integer maxItems) {
		IamValidation.name("RoleName", roleName, 64);
		String prefix = ManagedPolicyService.policyPathPrefix(pathPrefix);
		List<ManagedPolicy> attached = RoleService.require(store.snapshot().roles(), roleName)
			.attachedPolicyArns()
			.stream()
			.flatMap((arn) -> ManagedPolicies.find(arn).stream())
			.filter((policy) -> policy.path().startsWith(prefix))
			.toList();
		return Page.of(attached, ManagedPolicy::arn, marker, maxItems);
	}

	private static CloudException noSuchRolePolicy(String policyName) {
		return new CloudException(404, "NoSuchEntity", "The role policy with name " + policyName + " cannot be found.");
	}

}

package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.wire.CloudException;

/** A role's inline policies and attached managed policies, and the managed policies themselves. */
class RolePolicyService {

	/** IAM's quota on the total size of a role's inline policies, whitespace not counted. */
	static final int MAX_INLINE_CHARS = 10240;

	static final int MAX_ATTACHED = 10;

	private final IamStore store;

	RolePolicyService(IamStore store) {
		this.store = store;
	}

	void put(String roleName, String policyName, String document) {
		IamValidation.name("RoleName", roleName, 64);
		IamValidation.name("PolicyName", policyName, 128);
		RoleService.checkDocument("PolicyDocument", document);
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
		checkArn(policyArn);
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
		checkArn(policyArn);
		store.update((roles) -> {
			StoredRole role = RoleService.require(roles, roleName);
			if (!role.attachedPolicyArns().contains(policyArn)) {
				throw new CloudException(404, "NoSuchEntity", "Policy " + policyArn + " was not found.");
			}
			return roles.put(IamState.key(roleName), role.withAttached(policyArn, false));
		});
	}

	Page<ManagedPolicy> listAttached(String roleName, String pathPrefix, String marker, Integer maxItems) {
		IamValidation.name("RoleName", roleName, 64);
		String prefix = (pathPrefix != null) ? pathPrefix : "/";
		List<ManagedPolicy> attached = RoleService.require(store.snapshot().roles(), roleName)
			.attachedPolicyArns()
			.stream()
			.flatMap((arn) -> ManagedPolicies.find(arn).stream())
			.filter((policy) -> policy.path().startsWith(prefix))
			.toList();
		return Page.of(attached, ManagedPolicy::arn, marker, maxItems);
	}

	ManagedPolicy getPolicy(String policyArn) {
		checkArn(policyArn);
		return ManagedPolicies.find(policyArn)
			.orElseThrow(() -> new CloudException(404, "NoSuchEntity", "Policy " + policyArn + " was not found."));
	}

	/** How many roles have the policy attached, for GetPolicy's AttachmentCount. */
	int attachmentCount(String policyArn) {
		Map<String, StoredRole> roles = store.snapshot().roles();
		return (int) roles.values().stream().filter((role) -> role.attachedPolicyArns().contains(policyArn)).count();
	}

	ManagedPolicy getPolicyVersion(String policyArn, String versionId) {
		ManagedPolicy policy = getPolicy(policyArn);
		if (!policy.defaultVersionId().equals(versionId)) {
			throw new CloudException(404, "NoSuchEntity",
					"Policy " + policyArn + " version " + versionId + " does not exist or is not attachable.");
		}
		return policy;
	}

	private static void checkArn(String arn) {
		IamValidation.length("PolicyArn", arn, 20, 2048);
		if (!arn.startsWith("arn:") || arn.split(":", -1).length < 6) {
			throw new CloudException(400, "InvalidInput", "ARN " + arn + " is not valid.");
		}
	}

	private static CloudException noSuchRolePolicy(String policyName) {
		return new CloudException(404, "NoSuchEntity", "The role policy with name " + policyName + " cannot be found.");
	}

}

package dev.imagegate.localcloud.iam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the emulated roles for the rest of the local cloud in the same JVM (the
 * execute-api data plane assumes an integration's role through this, not over HTTP).
 */
public class IamRoles {

	private static final String ROLE_ARN_PREFIX = "arn:aws:iam::";

	private final IamStore store;

	private final String accountId;

	IamRoles(IamStore store, RoleService roles) {
		this.store = store;
		this.accountId = roles.accountId();
	}

	/**
	 * The role with this ARN ({@code arn:aws:iam::{account}:role/{path}{name}}, which
	 * must match account and path exactly) or this name; empty when there is none.
	 */
	public Optional<RoleView> findRole(String roleArnOrName) {
		if (roleArnOrName == null || roleArnOrName.isEmpty()) {
			return Optional.empty();
		}
		boolean isArn = roleArnOrName.startsWith(ROLE_ARN_PREFIX);
		String name = isArn ? roleArnOrName.substring(roleArnOrName.lastIndexOf('/') + 1) : roleArnOrName;
		StoredRole role = store.snapshot().roles().get(IamState.key(name));
		if (role == null || (isArn && !role.arn(accountId).equals(roleArnOrName))) {
			return Optional.empty();
		}
		Map<String, String> attached = new LinkedHashMap<>();
		for (String arn : role.attachedPolicyArns()) {
			ManagedPolicies.find(arn).ifPresent((policy) -> attached.put(arn, policy.document()));
		}
		return Optional
			.of(new RoleView(role.name(), role.arn(accountId), role.id(), role.path(), role.assumeRolePolicyDocument(),
					role.inlinePolicies(), java.util.Collections.unmodifiableMap(attached), role.tags()));
	}

	/**
	 * The role as this service principal (e.g. {@code apigateway.amazonaws.com}) assumes
	 * it: empty when there is no such role or its trust policy does not let the principal
	 * sts:AssumeRole it.
	 */
	public Optional<RolePermissions> assume(String roleArnOrName, String servicePrincipal) {
		return findRole(roleArnOrName).filter((role) -> PolicyEvaluator.trusts(role.trustPolicy(), servicePrincipal))
			.map((role) -> {
				List<String> policies = new ArrayList<>(role.inlinePolicies().values());
				policies.addAll(role.attachedPolicies().values());
				return new RolePermissions(policies);
			});
	}

}

package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.iam.PolicyEvaluator.Decision;

/**
 * What a role assumed by a service may do: its inline and attached managed policies as
 * they were when it was assumed, evaluated by {@link PolicyEvaluator}. Execute-api
 * assumes the role for each request, so a change to the role applies from the next one.
 */
public final class RolePermissions {

	private final List<String> policies;

	RolePermissions(List<String> policies) {
		this.policies = List.copyOf(policies);
	}

	/**
	 * Whether the policies allow the action on the resource (no explicit deny, some
	 * allow).
	 */
	public boolean may(String action, String resource, Map<String, String> context) {
		return PolicyEvaluator.evaluate(policies, action, resource, context) == Decision.ALLOW;
	}

}

package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.iam.PolicyEvaluator.Decision;

/**
 * What a role assumed by a service may do: its inline and attached managed policies, evaluated
 * by {@link PolicyEvaluator}. Taken once per request, so later changes to the role apply to the
 * next one, as on AWS where the session's policies are fixed when it starts.
 */
public final class RolePermissions {

	private final List<String> policies;

	RolePermissions(List<String> policies) {
		this.policies = List.copyOf(policies);
	}

	/** Whether the policies allow the action on the resource (no explicit deny, some allow). */
	public boolean may(String action, String resource, Map<String, String> context) {
		return PolicyEvaluator.evaluate(policies, action, resource, context) == Decision.ALLOW;
	}

}

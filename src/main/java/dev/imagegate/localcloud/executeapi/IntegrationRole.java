package dev.imagegate.localcloud.executeapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.executeapi.PolicyEvaluator.Decision;
import dev.imagegate.localcloud.iam.IamRoles;
import dev.imagegate.localcloud.iam.RoleView;

/**
 * API Gateway acting as the integration's role ({@code credentials}): the role must exist and
 * trust {@code apigateway.amazonaws.com} with sts:AssumeRole, or the call fails before
 * reaching S3 with 500 Internal server error, as on AWS. What the role may then do is its
 * inline and attached managed policies, evaluated by {@link PolicyEvaluator}.
 */
final class IntegrationRole {

	static final String API_GATEWAY_PRINCIPAL = "apigateway.amazonaws.com";

	private final List<String> policies;

	private IntegrationRole(List<String> policies) {
		this.policies = policies;
	}

	static IntegrationRole assume(IamRoles roles, String credentials) {
		RoleView role = roles.findRole(credentials).orElseThrow(ExecuteApiException::internalServerError);
		if (!PolicyEvaluator.trusts(role.trustPolicy(), API_GATEWAY_PRINCIPAL)) {
			throw ExecuteApiException.internalServerError();
		}
		List<String> policies = new ArrayList<>(role.inlinePolicies().values());
		policies.addAll(role.attachedPolicies().values());
		return new IntegrationRole(policies);
	}

	boolean may(String action, String resource, Map<String, String> context) {
		return PolicyEvaluator.evaluate(policies, action, resource, context) == Decision.ALLOW;
	}

}

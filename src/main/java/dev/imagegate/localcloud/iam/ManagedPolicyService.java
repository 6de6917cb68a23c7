package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.query.QueryValidation;
import dev.imagegate.localcloud.wire.CloudException;

/** The managed policies themselves: GetPolicy, GetPolicyVersion and ListPolicies. */
class ManagedPolicyService {

	/** {@code policyPathType} in IAM's API model. */
	private static final String POLICY_PATH = "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/";

	/** {@code policyVersionIdType} in IAM's API model. */
	private static final String VERSION_ID = "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?";

	private final IamStore store;

	ManagedPolicyService(IamStore store) {
		this.store = store;
	}

	ManagedPolicy get(String policyArn) {
		checkArn(policyArn);
		return ManagedPolicies.find(policyArn)
			.orElseThrow(() -> new CloudException(404, "NoSuchEntity", "Policy " + policyArn + " was not found."));
	}

	/**
	 * Only the default version is known. As recorded on AWS, a version id out of IAM's
	 * pattern is named without its value, and an unknown policy is worded like an unknown
	 * version.
	 */
	ManagedPolicy getVersion(String policyArn, String versionId) {
		checkArn(policyArn);
		if (!Pattern.matches(VERSION_ID, versionId)) {
			throw QueryValidation.error("Value at 'versionId' failed to satisfy constraint: "
					+ "Member must satisfy regular expression pattern: " + VERSION_ID);
		}
		return ManagedPolicies.find(policyArn)
			.filter((policy) -> policy.defaultVersionId().equals(versionId))
			.orElseThrow(() -> new CloudException(404, "NoSuchEntity",
					"Policy " + policyArn + " version " + versionId + " does not exist or is not attachable."));
	}

	/** How many roles have the policy attached, and as their permissions boundary. */
	Usage usage(String policyArn) {
		int attachments = 0;
		int boundaries = 0;
		for (StoredRole role : store.snapshot().roles().values()) {
			attachments += role.attachedPolicyArns().contains(policyArn) ? 1 : 0;
			boundaries += policyArn.equals(role.permissionsBoundary()) ? 1 : 0;
		}
		return new Usage(attachments, boundaries);
	}

	/** AttachmentCount and PermissionsBoundaryUsageCount. */
	record Usage(int attachments, int boundaries) {

	}

	/**
	 * ListPolicies. There are no customer managed policies here, so Scope=Local lists
	 * none; PolicyUsageFilter=PermissionsBoundary lists the policies some role has as its
	 * boundary.
	 */
	Page<ManagedPolicy> list(String scope, String onlyAttached, String pathPrefix, String usageFilter, String marker,
			Integer maxItems) {
		String prefix = policyPathPrefix(pathPrefix);
		enumValue("Scope", scope, List.of("All", "AWS", "Local"));
		enumValue("PolicyUsageFilter", usageFilter, List.of("PermissionsPolicy", "PermissionsBoundary"));
		boolean attachedOnly = "true".equalsIgnoreCase(onlyAttached);
		List<ManagedPolicy> policies = ManagedPolicies.all()
			.stream()
			.filter((policy) -> !"Local".equals(scope) && policy.path().startsWith(prefix))
			.filter((policy) -> !"PermissionsBoundary".equals(usageFilter) || usage(policy.arn()).boundaries() > 0)
			.filter((policy) -> !attachedOnly || usage(policy.arn()).attachments() > 0)
			.toList();
		return Page.of(policies, ManagedPolicy::arn, marker, maxItems);
	}

	static String policyPathPrefix(String pathPrefix) {
		String prefix = (pathPrefix != null) ? pathPrefix : "/";
		IamValidation.length("PathPrefix", prefix, 1, 512);
		IamValidation.pattern("PathPrefix", prefix, Pattern.compile(POLICY_PATH));
		return prefix;
	}

	/**
	 * Recorded on AWS: a text that is no ARN at all is a ValidationError; an ARN that
	 * names no policy is InvalidInput. Both say the same.
	 */
	static void checkArn(String arn) {
		checkArn("PolicyArn", arn);
	}

	static void checkArn(String parameter, String arn) {
		IamValidation.length(parameter, arn, 20, 2048);
		String[] parts = arn.split(":", 6);
		if (!arn.startsWith("arn:") || parts.length < 6) {
			throw new CloudException(400, "ValidationError", "ARN " + arn + " is not valid.");
		}
		if (!parts[2].equals("iam") || !parts[5].startsWith("policy/")) {
			throw new CloudException(400, "InvalidInput", "ARN " + arn + " is not valid.");
		}
	}

	/**
	 * A permissions boundary must be an existing managed policy; AWS words a missing one
	 * as recorded (LocalStack's test_iam_roles snapshot,
	 * test_role_permissions_boundary_errors).
	 */
	static void checkBoundary(String arn) {
		checkArn("PermissionsBoundary", arn);
		if (ManagedPolicies.find(arn).isEmpty()) {
			throw new CloudException(404, "NoSuchEntity",
					"Scope ARN: " + arn + " does not exist or is not attachable.");
		}
	}

	private static void enumValue(String parameter, String value, List<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			throw QueryValidation.error("Value '" + value + "' at '" + QueryValidation.member(parameter)
					+ "' failed to satisfy constraint: Member must satisfy enum value set: ["
					+ String.join(", ", allowed) + "]");
		}
	}

}

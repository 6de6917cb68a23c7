package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The principals a trust policy may name, checked for their form as IAM checks them, with
 * its message {@code Invalid principal in policy: "SERVICE":"nope.amazonaws.com"} (as AWS
 * answers CreateRole; IAM User Guide, "AWS JSON policy elements: Principal"). IAM also
 * refuses a role or user of its own account that does not exist (there are no users
 * here); services and other accounts' identities are only checked for their form.
 */
final class TrustPrincipals {

	/** An account, the root or an IAM/STS identity of an account, or an IAM unique id. */
	private static final Pattern AWS_PRINCIPAL = Pattern
		.compile("\\*|\\d{12}" + "|arn:aws[a-z-]*:iam::\\d{12}:(root|user/.+|role/.+|federated-user/.+)"
				+ "|arn:aws[a-z-]*:sts::\\d{12}:(assumed-role/.+|federated-user/.+)|A(ID|RO)A[A-Z0-9]{12,}");

	/** Service principals are the service's host name in amazonaws.com. */
	private static final Pattern SERVICE_PRINCIPAL = Pattern.compile("[a-z0-9.-]+\\.amazonaws\\.com");

	private TrustPrincipals() {
	}

	static void check(JsonNode principal) {
		if (principal == null || !principal.isObject()) {
			return;
		}
		check(principal.get("AWS"), "AWS", AWS_PRINCIPAL);
		check(principal.get("Service"), "SERVICE", SERVICE_PRINCIPAL);
	}

	/**
	 * Throws unless every role of this account the policy names as an AWS principal
	 * exists (by its full ARN, path included).
	 */
	static void checkExist(List<JsonNode> statements, String accountId, Predicate<String> roleArnExists) {
		String own = "arn:aws:iam::" + accountId + ":";
		for (JsonNode statement : statements) {
			JsonNode values = statement.path("Principal").get("AWS");
			if (values == null) {
				continue;
			}
			for (JsonNode value : values.isArray() ? values.values() : List.of(values)) {
				String arn = value.asString();
				boolean missingRole = arn.startsWith(own + "role/") && !roleArnExists.test(arn);
				if (missingRole || arn.startsWith(own + "user/")) {
					throw PolicyDocuments.malformed("Invalid principal in policy: \"AWS\":\"" + arn + "\"");
				}
			}
		}
	}

	private static void check(JsonNode values, String kind, Pattern valid) {
		if (values == null) {
			return;
		}
		for (JsonNode value : values.isArray() ? values.values() : List.of(values)) {
			if (!value.isString() || !valid.matcher(value.asString()).matches()) {
				throw PolicyDocuments
					.malformed("Invalid principal in policy: \"" + kind + "\":\"" + value.asString() + "\"");
			}
		}
	}

}

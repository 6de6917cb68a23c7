package dev.imagegate.localcloud.iam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.iam.PolicySyntax.Parsed;
import dev.imagegate.localcloud.wire.CloudException;
import tools.jackson.databind.JsonNode;

/**
 * Checks policy documents as IAM does, in IAM's order and with its
 * MalformedPolicyDocument messages (IAM User Guide, "IAM JSON policy element reference"
 * and "grammar"; messages as recorded on AWS), and encodes them for responses: IAM
 * returns documents URL-encoded. Identity (inline) policies and trust (assume-role)
 * policies share the grammar and differ in what they require and forbid.
 */
final class PolicyDocuments {

	static final String LEGACY = "The policy failed legacy parsing";

	private static final Pattern SID = Pattern.compile("[0-9A-Za-z]*");

	private static final Pattern VENDOR = Pattern.compile("[a-zA-Z0-9.\\-]*");

	/**
	 * The actions a trust policy may grant (IAM User Guide, "Role trust policy"; STS's
	 * actions that act on a role).
	 */
	private static final List<String> TRUST_ACTIONS = List.of("sts:AssumeRole", "sts:AssumeRoleWithSAML",
			"sts:AssumeRoleWithWebIdentity", "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext");

	private PolicyDocuments() {
	}

	/**
	 * An identity policy (PutRolePolicy): Version 2012-10-17, actions and resources, no
	 * principal.
	 */
	static void checkIdentity(String document) {
		Parsed policy = PolicySyntax.parse(document, PolicySyntax.SYNTAX_ERRORS);
		JsonNode version = policy.root().get("Version");
		if (version == null || !version.asString().equals("2012-10-17")) {
			throw malformed("Policy document must be version 2012-10-17 or greater.");
		}
		if (policy.statements().stream().anyMatch((s) -> s.has("Principal") || s.has("NotPrincipal"))) {
			throw malformed("Policy document should not specify a principal.");
		}
		for (JsonNode statement : policy.statements()) {
			if (!SID.matcher(statement.path("Sid").asString("")).matches()) {
				throw malformed("Statement IDs (SID) must be alpha-numeric. "
						+ "Check that your input satisfies the regular expression [0-9A-Za-z]*");
			}
		}
		checkCommon(policy);
		for (JsonNode statement : policy.statements()) {
			if (isEmpty(statement, "Resource", "NotResource")) {
				throw malformed("Policy statement must contain resources.");
			}
		}
	}

	/**
	 * A trust policy (CreateRole, UpdateAssumeRolePolicy): Version optional, STS actions
	 * only, no Resource, principals of valid form; returns its statements for the check
	 * that the principals exist.
	 */
	static List<JsonNode> checkTrust(String document) {
		Parsed policy = PolicySyntax.parse(document, "This policy contains invalid Json");
		checkCommon(policy);
		for (JsonNode statement : policy.statements()) {
			if (!PolicySyntax.strings(statement, "Action").stream().allMatch(PolicyDocuments::isTrustAction)) {
				throw malformed("AssumeRole policy may only specify STS AssumeRole actions.");
			}
		}
		for (JsonNode statement : policy.statements()) {
			if (statement.has("Resource") || statement.has("NotResource")) {
				throw malformed("Has prohibited field Resource");
			}
			if (!statement.has("Principal") && !statement.has("NotPrincipal")) {
				throw malformed("Missing required field Principal");
			}
			TrustPrincipals.check(statement.get("Principal"));
		}
		return policy.statements();
	}

	/** The checks both kinds share, after their own Version rules, in IAM's order. */
	private static void checkCommon(Parsed policy) {
		List<JsonNode> statements = policy.statements();
		for (JsonNode statement : statements) {
			String effect = statement.get("Effect").asString();
			// Effect is case-sensitive here, unlike in the grammar.
			if (!(effect.equals("Allow") || effect.equals("Deny")) || !conditionDatesValid(statement)) {
				throw malformed(LEGACY);
			}
		}
		String resourceError = PolicyResources.check(statements);
		Set<String> sids = new HashSet<>();
		for (JsonNode statement : statements) {
			String sid = statement.path("Sid").asString("");
			if (!sid.isEmpty() && !sids.add(sid)) {
				throw malformed("Statement IDs (SID) in a single policy must be unique.");
			}
		}
		for (JsonNode statement : statements) {
			if (isEmpty(statement, "Action", "NotAction")) {
				throw malformed("Policy statement must contain actions.");
			}
		}
		if (resourceError != null) {
			throw malformed(resourceError);
		}
		for (String element : List.of("Action", "NotAction")) {
			for (JsonNode statement : statements) {
				PolicySyntax.strings(statement, element).forEach(PolicyDocuments::checkActionPrefix);
			}
		}
	}

	private static boolean conditionDatesValid(JsonNode statement) {
		JsonNode condition = statement.get("Condition");
		if (condition == null) {
			return true;
		}
		for (Map.Entry<String, JsonNode> operator : condition.properties()) {
			if (!PolicySyntax.baseOperator(operator.getKey()).startsWith("Date")) {
				continue;
			}
			for (JsonNode value : operator.getValue().values()) {
				for (JsonNode each : value.isArray() ? value.values() : List.of(value)) {
					if (!PolicyDates.valid(each.asString())) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/** Neither element, or only an empty list of it. */
	private static boolean isEmpty(JsonNode statement, String element, String notElement) {
		JsonNode node = statement.has(element) ? statement.get(element) : statement.get(notElement);
		return node == null || (node.isArray() && node.isEmpty());
	}

	private static void checkActionPrefix(String action) {
		String[] parts = action.split(":", -1);
		if (parts.length == 1 && !action.equals("*")) {
			throw malformed("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
		}
		if (parts.length > 2) {
			throw malformed("Actions/Condition can contain only one colon.");
		}
		if (!parts[0].equals("*") && !VENDOR.matcher(parts[0]).matches()) {
			throw malformed("Vendor " + parts[0] + " is not valid");
		}
	}

	/** One of STS's role actions, or a wildcard that names at least one of them. */
	private static boolean isTrustAction(String action) {
		Pattern wildcard = Pattern.compile(Pattern.quote(action).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"),
				Pattern.CASE_INSENSITIVE);
		return TRUST_ACTIONS.stream().anyMatch((allowed) -> wildcard.matcher(allowed).matches());
	}

	/**
	 * URL-encodes as IAM does (RFC 3986: only letters, digits and {@code -._~} stay as
	 * they are).
	 */
	static String encode(String document) {
		return URLEncoder.encode(document, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A")
			.replace("%7E", "~");
	}

	static CloudException malformed(String message) {
		return new CloudException(400, "MalformedPolicyDocument", message);
	}

}

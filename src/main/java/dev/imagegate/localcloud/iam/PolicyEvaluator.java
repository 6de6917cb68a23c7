package dev.imagegate.localcloud.iam;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * IAM's policy evaluation for one role, reduced to what an S3 integration needs: an
 * explicit Deny wins, otherwise any Allow allows, otherwise it is an implicit deny.
 * Statements match by Action/NotAction (case-insensitive), Resource/NotResource
 * (case-sensitive), both with {@code *} and {@code ?} wildcards, and the String condition
 * operators. Parsed documents are cached by their text, since the same few documents are
 * evaluated on every request.
 */
public final class PolicyEvaluator {

	public enum Decision {

		ALLOW, EXPLICIT_DENY, IMPLICIT_DENY

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, List<JsonNode>> PARSED = new ConcurrentHashMap<>();

	private static final Map<String, Pattern> WILDCARDS = new ConcurrentHashMap<>();

	private static final int CACHE_LIMIT = 10_000;

	private PolicyEvaluator() {
	}

	/** Identity policies (inline and managed) of a role for one request. */
	public static Decision evaluate(Collection<String> documents, String action, String resource,
			Map<String, String> context) {
		boolean allowed = false;
		for (String document : documents) {
			for (JsonNode statement : statements(document)) {
				if (applies(statement, action, resource, context)) {
					if ("Deny".equals(statement.path("Effect").asString(""))) {
						return Decision.EXPLICIT_DENY;
					}
					allowed = true;
				}
			}
		}
		return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
	}

	/**
	 * Whether a trust policy lets this service principal (e.g. apigateway.amazonaws.com)
	 * assume the role.
	 */
	public static boolean trusts(String trustPolicy, String servicePrincipal) {
		boolean allowed = false;
		for (JsonNode statement : statements(trustPolicy)) {
			if (!principalMatches(statement.get("Principal"), servicePrincipal)
					|| !matchesAny(statement, "Action", "NotAction", "sts:AssumeRole", true)
					|| !conditionsHold(statement.get("Condition"), Map.of())) {
				continue;
			}
			if ("Deny".equals(statement.path("Effect").asString(""))) {
				return false;
			}
			allowed = true;
		}
		return allowed;
	}

	private static boolean applies(JsonNode statement, String action, String resource, Map<String, String> context) {
		return matchesAny(statement, "Action", "NotAction", action, true)
				&& matchesAny(statement, "Resource", "NotResource", resource, false)
				&& conditionsHold(statement.get("Condition"), context);
	}

	/**
	 * Action/Resource match any entry; NotAction/NotResource match when no entry does.
	 */
	private static boolean matchesAny(JsonNode statement, String member, String notMember, String value,
			boolean ignoreCase) {
		JsonNode listed = statement.get(member);
		if (listed != null) {
			return anyMatches(listed, value, ignoreCase);
		}
		JsonNode excluded = statement.get(notMember);
		return excluded != null && !anyMatches(excluded, value, ignoreCase);
	}

	private static boolean anyMatches(JsonNode patterns, String value, boolean ignoreCase) {
		for (String pattern : strings(patterns)) {
			if (wildcard(pattern, ignoreCase).matcher(value).matches()) {
				return true;
			}
		}
		return false;
	}

	private static boolean principalMatches(JsonNode principal, String service) {
		if (principal == null) {
			return false;
		}
		if (principal.isString()) {
			return "*".equals(principal.asString());
		}
		return strings(principal.path("Service")).contains(service) || strings(principal.path("AWS")).contains("*");
	}

	/** Every operator's every key must hold; the values of one key are alternatives. */
	private static boolean conditionsHold(JsonNode condition, Map<String, String> context) {
		if (condition == null || !condition.isObject()) {
			return true;
		}
		for (String operator : condition.propertyNames()) {
			JsonNode keys = condition.get(operator);
			for (String key : keys.propertyNames()) {
				if (!conditionHolds(operator, contextValue(context, key), strings(keys.get(key)))) {
					return false;
				}
			}
		}
		return true;
	}

	static boolean conditionHolds(String rawOperator, String actual, List<String> expected) {
		String operator = rawOperator.replaceFirst("^For(Any|All)Value:", "");
		boolean ifExists = operator.endsWith("IfExists");
		if (ifExists) {
			operator = operator.substring(0, operator.length() - "IfExists".length());
		}
		if (actual == null) {
			// A missing key fails a positive test and satisfies a negated one, as in IAM.
			return ifExists || operator.startsWith("StringNot");
		}
		boolean any;
		switch (operator) {
			case "StringEquals", "StringNotEquals" -> any = expected.contains(actual);
			case "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase" ->
				any = expected.stream().anyMatch(actual::equalsIgnoreCase);
			case "StringLike", "StringNotLike" ->
				any = expected.stream().anyMatch((pattern) -> wildcard(pattern, false).matcher(actual).matches());
			default -> {
				// An operator this evaluator does not know: the statement does not apply.
				return false;
			}
		}
		return operator.startsWith("StringNot") != any;
	}

	private static String contextValue(Map<String, String> context, String key) {
		for (Map.Entry<String, String> entry : context.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(key)) {
				return entry.getValue();
			}
		}
		return null;
	}

	private static List<JsonNode> statements(String document) {
		if (document == null) {
			return List.of();
		}
		List<JsonNode> cached = PARSED.get(document);
		if (cached != null) {
			return cached;
		}
		List<JsonNode> parsed = new ArrayList<>();
		try {
			JsonNode statement = JSON.readTree(document).path("Statement");
			if (statement.isArray()) {
				statement.forEach(parsed::add);
			}
			else if (statement.isObject()) {
				parsed.add(statement);
			}
		}
		catch (JacksonException ex) {
			// IAM refuses malformed documents on the way in; one that slipped through
			// grants nothing.
		}
		if (PARSED.size() > CACHE_LIMIT) {
			PARSED.clear();
		}
		PARSED.put(document, List.copyOf(parsed));
		return parsed;
	}

	private static List<String> strings(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (node.isArray()) {
			List<String> values = new ArrayList<>();
			node.forEach((each) -> values.add(each.asString("")));
			return values;
		}
		return List.of(node.asString(""));
	}

	/**
	 * IAM wildcards: {@code *} any run of characters (slashes included), {@code ?} one
	 * character.
	 */
	static Pattern wildcard(String pattern, boolean ignoreCase) {
		return WILDCARDS.computeIfAbsent((ignoreCase ? "i:" : "s:") + pattern, (key) -> {
			StringBuilder regex = new StringBuilder();
			StringBuilder literal = new StringBuilder();
			for (char c : pattern.toCharArray()) {
				if (c == '*' || c == '?') {
					regex.append(Pattern.quote(literal.toString())).append((c == '*') ? ".*" : ".");
					literal.setLength(0);
				}
				else {
					literal.append(c);
				}
			}
			regex.append(Pattern.quote(literal.toString()));
			return Pattern.compile(regex.toString(),
					ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL : Pattern.DOTALL);
		});
	}

}

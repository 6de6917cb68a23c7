package dev.imagegate.localcloud.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first of IAM's checks on a policy document, its grammar: which elements exist where
 * and what JSON type each has. IAM answers every such fault with the one message
 * {@code Syntax errors in policy.}; the later checks in {@link PolicyDocuments} read the
 * statements this returns.
 */
final class PolicySyntax {

	static final String SYNTAX_ERRORS = "Syntax errors in policy.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> TOP_ELEMENTS = Set.of("Version", "Id", "Statement");

	private static final Set<String> VERSIONS = Set.of("2008-10-17", "2012-10-17");

	private static final Set<String> STATEMENT_ELEMENTS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action",
			"NotAction", "Resource", "NotResource", "Condition");

	/**
	 * The condition operators of the IAM JSON policy grammar, without
	 * ForAnyValue:/ForAllValues: and IfExists.
	 */
	private static final Set<String> CONDITION_OPERATORS = Set.of("StringEquals", "StringNotEquals",
			"StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals",
			"NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan",
			"NumericGreaterThanEquals", "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals",
			"DateGreaterThan", "DateGreaterThanEquals", "Bool", "BinaryEquals", "IpAddress", "NotIpAddress",
			"ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null");

	private PolicySyntax() {
	}

	/**
	 * A document that passed the grammar: its root object and its statements in order.
	 */
	record Parsed(JsonNode root, List<JsonNode> statements) {

		boolean has(String element) {
			return root.has(element);
		}

	}

	/**
	 * @param notJson IAM's message for text that is not JSON at all: it words this
	 * differently for trust policies ({@code This policy contains invalid Json},
	 * recorded) and identity policies (the syntax error)
	 */
	static Parsed parse(String document, String notJson) {
		JsonNode root;
		try {
			root = JSON.readTree(document);
		}
		catch (JacksonException ex) {
			throw PolicyDocuments.malformed(notJson);
		}
		if (root == null || !root.isObject()) {
			throw PolicyDocuments.malformed(SYNTAX_ERRORS);
		}
		require(TOP_ELEMENTS.containsAll(root.propertyNames()));
		JsonNode version = root.get("Version");
		require(version == null || (version.isString() && VERSIONS.contains(version.asString())));
		JsonNode id = root.get("Id");
		require(id == null || id.isString());
		JsonNode statement = root.get("Statement");
		require(statement != null && (statement.isObject() || statement.isArray()));
		List<JsonNode> statements = new ArrayList<>();
		if (statement.isObject()) {
			statements.add(statement);
		}
		else {
			statement.values().forEach(statements::add);
		}
		require(!statements.isEmpty());
		statements.forEach(PolicySyntax::checkStatement);
		return new Parsed(root, List.copyOf(statements));
	}

	/**
	 * The operator with IAM's set prefixes and IfExists suffix taken off, as the grammar
	 * knows it.
	 */
	static String baseOperator(String operator) {
		String base = operator;
		for (String prefix : List.of("ForAnyValue:", "ForAllValues:")) {
			if (base.startsWith(prefix)) {
				base = base.substring(prefix.length());
				break;
			}
		}
		return base.endsWith("IfExists") ? base.substring(0, base.length() - "IfExists".length()) : base;
	}

	private static void checkStatement(JsonNode statement) {
		require(statement.isObject() && STATEMENT_ELEMENTS.containsAll(statement.propertyNames()));
		require(!(statement.has("Resource") && statement.has("NotResource")));
		require(!(statement.has("Action") && statement.has("NotAction")));
		JsonNode effect = statement.get("Effect");
		// Case is only enforced later, by the "legacy" parse.
		require(effect != null && effect.isString()
				&& ("allow".equalsIgnoreCase(effect.asString()) || "deny".equalsIgnoreCase(effect.asString())));
		for (String element : List.of("Action", "NotAction", "Resource", "NotResource")) {
			require(isStringOrStrings(statement.get(element)));
		}
		JsonNode sid = statement.get("Sid");
		require(sid == null || sid.isString());
		JsonNode condition = statement.get("Condition");
		if (condition != null) {
			checkCondition(condition);
		}
	}

	/**
	 * {@code {"Operator": {"key": value or [values]}}}; an unknown operator only with an
	 * empty block.
	 */
	private static void checkCondition(JsonNode condition) {
		require(condition.isObject());
		for (Map.Entry<String, JsonNode> operator : condition.properties()) {
			JsonNode block = operator.getValue();
			require(block.isObject());
			for (JsonNode value : block.values()) {
				require(isScalar(value)
						|| (value.isArray() && value.values().stream().allMatch(PolicySyntax::isScalar)));
			}
			require(CONDITION_OPERATORS.contains(baseOperator(operator.getKey())) || block.isEmpty());
		}
	}

	private static boolean isStringOrStrings(JsonNode node) {
		return node == null || node.isString()
				|| (node.isArray() && node.values().stream().allMatch(JsonNode::isString));
	}

	private static boolean isScalar(JsonNode node) {
		return node.isString() || node.isNumber() || node.isBoolean();
	}

	private static void require(boolean valid) {
		if (!valid) {
			throw PolicyDocuments.malformed(SYNTAX_ERRORS);
		}
	}

	/** The values of a string-or-list element; empty when the element is absent. */
	static List<String> strings(JsonNode statement, String element) {
		JsonNode node = statement.get(element);
		if (node == null) {
			return List.of();
		}
		return node.isString() ? List.of(node.asString()) : node.values().stream().map(JsonNode::asString).toList();
	}

}

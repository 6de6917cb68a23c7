package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.iam.PolicyEvaluator.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyEvaluatorTest {

	static final String READ_ONLY = """
			{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:Get*","s3:List*","s3:Describe*"],\
			"Resource":"*"}]}""";

	static final String LEAST_PRIVILEGE = """
			{"Version":"2012-10-17","Statement":[
			{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::pics/images/*"},
			{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::pics",
			 "Condition":{"StringLike":{"s3:prefix":["images/*"]}}}]}""";

	static Decision eval(String action, String resource, Map<String, String> context, String... documents) {
		return PolicyEvaluator.evaluate(List.of(documents), action, resource, context);
	}

	@Test
	void wildcardsInActionAndResource() {
		assertThat(eval("s3:GetObject", "arn:aws:s3:::any/key", Map.of(), READ_ONLY)).isEqualTo(Decision.ALLOW);
		assertThat(eval("S3:getobject", "arn:aws:s3:::any/key", Map.of(), READ_ONLY)).isEqualTo(Decision.ALLOW);
		assertThat(eval("s3:PutObject", "arn:aws:s3:::any/key", Map.of(), READ_ONLY)).isEqualTo(Decision.IMPLICIT_DENY);
		assertThat(eval("s3:GetObject", "arn:aws:s3:::pics/images/a/b.jpg", Map.of(), LEAST_PRIVILEGE))
			.isEqualTo(Decision.ALLOW);
		assertThat(eval("s3:GetObject", "arn:aws:s3:::pics/secret.txt", Map.of(), LEAST_PRIVILEGE))
			.isEqualTo(Decision.IMPLICIT_DENY);
		assertThat(eval("s3:GetObject", "arn:aws:s3:::pics/Images/a.jpg", Map.of(), LEAST_PRIVILEGE))
			.as("resources match case-sensitively")
			.isEqualTo(Decision.IMPLICIT_DENY);
		String question = """
				{"Statement":{"Effect":"Allow","Action":"s3:GetObjec?","Resource":"arn:aws:s3:::b/?.jpg"}}""";
		assertThat(eval("s3:GetObject", "arn:aws:s3:::b/a.jpg", Map.of(), question)).isEqualTo(Decision.ALLOW);
		assertThat(eval("s3:GetObject", "arn:aws:s3:::b/ab.jpg", Map.of(), question)).isEqualTo(Decision.IMPLICIT_DENY);
	}

	@Test
	void anExplicitDenyWinsOverAnyAllow() {
		String deny = """
				{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*",\
				"Resource":"arn:aws:s3:::pics/images/secret*"}]}""";
		assertThat(eval("s3:GetObject", "arn:aws:s3:::pics/images/secret.jpg", Map.of(), READ_ONLY, deny))
			.isEqualTo(Decision.EXPLICIT_DENY);
		assertThat(eval("s3:GetObject", "arn:aws:s3:::pics/images/public.jpg", Map.of(), deny, READ_ONLY))
			.isEqualTo(Decision.ALLOW);
	}

	@Test
	void notActionAndNotResource() {
		String notAction = """
				{"Statement":[{"Effect":"Allow","NotAction":"s3:Delete*","NotResource":"arn:aws:s3:::private/*"}]}""";
		assertThat(eval("s3:GetObject", "arn:aws:s3:::pics/a", Map.of(), notAction)).isEqualTo(Decision.ALLOW);
		assertThat(eval("s3:DeleteObject", "arn:aws:s3:::pics/a", Map.of(), notAction))
			.isEqualTo(Decision.IMPLICIT_DENY);
		assertThat(eval("s3:GetObject", "arn:aws:s3:::private/a", Map.of(), notAction))
			.isEqualTo(Decision.IMPLICIT_DENY);
	}

	@Test
	void listBucketConditionOnThePrefix() {
		assertThat(eval("s3:ListBucket", "arn:aws:s3:::pics", Map.of("s3:prefix", "images/x.jpg"), LEAST_PRIVILEGE))
			.isEqualTo(Decision.ALLOW);
		assertThat(eval("s3:ListBucket", "arn:aws:s3:::pics", Map.of("s3:prefix", "other/x.jpg"), LEAST_PRIVILEGE))
			.isEqualTo(Decision.IMPLICIT_DENY);
		assertThat(eval("s3:ListBucket", "arn:aws:s3:::pics", Map.of(), LEAST_PRIVILEGE))
			.as("a missing condition key fails StringLike")
			.isEqualTo(Decision.IMPLICIT_DENY);
		String equals = """
				{"Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*",
				"Condition":{"StringEquals":{"s3:prefix":"exact"}}}]}""";
		assertThat(eval("s3:ListBucket", "arn:aws:s3:::b", Map.of("s3:prefix", "exact"), equals))
			.isEqualTo(Decision.ALLOW);
		assertThat(eval("s3:ListBucket", "arn:aws:s3:::b", Map.of("s3:prefix", "exactly"), equals))
			.isEqualTo(Decision.IMPLICIT_DENY);
	}

	@Test
	void negatedAndUnknownConditionOperators() {
		assertThat(PolicyEvaluator.conditionHolds("StringNotLike", null, List.of("a*"))).isTrue();
		assertThat(PolicyEvaluator.conditionHolds("StringNotLike", "abc", List.of("a*"))).isFalse();
		assertThat(PolicyEvaluator.conditionHolds("StringLikeIfExists", null, List.of("a*"))).isTrue();
		assertThat(PolicyEvaluator.conditionHolds("NumericLessThan", "1", List.of("2"))).isFalse();
	}

	@Test
	void trustPolicyMustNameApiGateway() {
		String apigw = """
				{"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
				"Principal":{"Service":"apigateway.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
		String lambda = apigw.replace("apigateway", "lambda");
		String list = """
				{"Statement":[{"Effect":"Allow",\
				"Principal":{"Service":["lambda.amazonaws.com","apigateway.amazonaws.com"]},"Action":["sts:*"]}]}""";
		String wrongAction = apigw.replace("sts:AssumeRole", "sts:TagSession");
		String denied = """
				{"Statement":[%s,{"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole"}]}"""
			.formatted(apigw.substring(apigw.indexOf('[') + 1, apigw.lastIndexOf(']')));
		assertThat(PolicyEvaluator.trusts(apigw, "apigateway.amazonaws.com")).isTrue();
		assertThat(PolicyEvaluator.trusts(list, "apigateway.amazonaws.com")).isTrue();
		assertThat(PolicyEvaluator.trusts(lambda, "apigateway.amazonaws.com")).isFalse();
		assertThat(PolicyEvaluator.trusts(wrongAction, "apigateway.amazonaws.com")).isFalse();
		assertThat(PolicyEvaluator.trusts(denied, "apigateway.amazonaws.com")).isFalse();
		assertThat(PolicyEvaluator.trusts("not json", "apigateway.amazonaws.com")).isFalse();
	}

}

package dev.imagegate.localcloud.iam;

import java.util.List;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Policy documents as IAM parses them, through the SDK: identity policies by
 * PutRolePolicy (cases and sources in {@link IdentityPolicyCases}), trust policies by
 * CreateRole and UpdateAssumeRolePolicy.
 */
@LocalCloudTest
class IamPolicyDocumentsTest {

	@Autowired
	IamClient iam;

	String role;

	@BeforeEach
	void createRole() {
		role = uniqueName("documents");
		iam.createRole((r) -> r.roleName(role).assumeRolePolicyDocument(TRUST_POLICY));
	}

	static List<Arguments> invalidIdentityPolicies() {
		return IdentityPolicyCases.invalid();
	}

	static List<Arguments> validIdentityPolicies() {
		return IdentityPolicyCases.valid();
	}

	@ParameterizedTest
	@MethodSource("invalidIdentityPolicies")
	void refusesAnIdentityPolicyAsIamDoes(String document, String message) {
		assertMalformed(() -> iam.putRolePolicy((r) -> r.roleName(role).policyName("p").policyDocument(document)),
				message);
		assertThat(iam.listRolePolicies((r) -> r.roleName(role)).policyNames()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("validIdentityPolicies")
	void acceptsAnIdentityPolicyAsIamDoes(String document) {
		iam.putRolePolicy((r) -> r.roleName(role).policyName("p").policyDocument(document));
		assertThat(iam.listRolePolicies((r) -> r.roleName(role)).policyNames()).containsExactly("p");
	}

	// botocore's IAM model, policyDocumentType: tab, line breaks and U+0020..U+00FF only;
	// ü passes, € does not.
	@Test
	void policyTextOutsideLatin1IsAValidationError() {
		String euro = ("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'s3:GetObject',"
				+ "'Resource':'arn:aws:s3:::b/€'}}")
			.replace('\'', '"');
		assertThatThrownBy(() -> iam.putRolePolicy((r) -> r.roleName(role).policyName("p").policyDocument(euro)))
			.isInstanceOfSatisfying(software.amazon.awssdk.services.iam.model.IamException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value '" + euro
						+ "' at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression "
						+ "pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
			});
		String umlaut = euro.replace("€", "ü");
		iam.putRolePolicy((r) -> r.roleName(role).policyName("p").policyDocument(umlaut));
	}

	// Recorded on AWS: LocalStack's test_iam_roles snapshot,
	// test_update_assume_role_policy_errors.
	@Test
	void refusesTrustPoliciesAsRecordedOnAws() {
		assertMalformed(() -> updateTrust("not valid json"), "This policy contains invalid Json");
		assertMalformed(() -> updateTrust(trust("'Action':'sts:InvalidAction'")),
				"AssumeRole policy may only specify STS AssumeRole actions.");
		assertMalformed(() -> updateTrust(trust("'Action':'sts:AssumeRole','Resource':'arn:aws:s3:::example_bucket'")),
				"Has prohibited field Resource");
		assertMalformed(() -> iam.createRole(
				(r) -> r.roleName(uniqueName("bad-trust")).assumeRolePolicyDocument(trust("'Action':'s3:GetObject'"))),
				"AssumeRole policy may only specify STS AssumeRole actions.");
	}

	// IAM User Guide, "Role trust policy" and "Principal": a trust policy names who may
	// assume the role.
	@Test
	void refusesATrustPolicyWithoutPrincipal() {
		String noPrincipal = "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'sts:AssumeRole'}]}";
		assertMalformed(() -> updateTrust(noPrincipal.replace('\'', '"')), "Missing required field Principal");
	}

	// As AWS answers CreateRole (MalformedPolicyDocument in CloudFormation and Terraform
	// reports): a service principal
	// is a host in amazonaws.com, an AWS principal an account, its root or one of its
	// identities.
	@Test
	void refusesPrincipalsOfTheWrongForm() {
		assertMalformed(
				() -> updateTrust(
						trust("'Action':'sts:AssumeRole'").replace("ec2.amazonaws.com", "eks.amazonaws.com.cn")),
				"Invalid principal in policy: \"SERVICE\":\"eks.amazonaws.com.cn\"");
		String awsPrincipal = "{'Version':'2012-10-17','Statement':[{'Effect':'Allow',"
				+ "'Principal':{'AWS':['123456789012','arn:aws:iam::123456789012:root','arn:aws:iam::123456789012:role/"
				+ "x','not-an-account']},'Action':'sts:AssumeRole'}]}";
		assertMalformed(() -> updateTrust(awsPrincipal.replace('\'', '"')),
				"Invalid principal in policy: \"AWS\":\"not-an-account\"");
		assertThatCode(() -> updateTrust(awsPrincipal.replace(",'not-an-account'", "").replace('\'', '"')))
			.doesNotThrowAnyException();
	}

	// IAM User Guide, "Principal" (IAM roles as principals): a role of the account must
	// exist when the policy is saved.
	@Test
	void refusesARoleOfThisAccountThatDoesNotExist() {
		String other = uniqueName("principal");
		String otherArn = "arn:aws:iam::000000000000:role/" + other;
		String namesOther = ("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':{'AWS':'%s'},"
				+ "'Action':'sts:AssumeRole'}]}")
			.replace('\'', '"');
		assertMalformed(() -> updateTrust(namesOther.formatted(otherArn)),
				"Invalid principal in policy: \"AWS\":\"" + otherArn + "\"");
		assertMalformed(
				() -> iam.createRole((r) -> r.roleName(other).assumeRolePolicyDocument(namesOther.formatted(otherArn))),
				"Invalid principal in policy: \"AWS\":\"" + otherArn + "\"");
		assertMalformed(() -> updateTrust(namesOther.formatted("arn:aws:iam::000000000000:user/nobody")),
				"Invalid principal in policy: \"AWS\":\"arn:aws:iam::000000000000:user/nobody\"");

		iam.createRole((r) -> r.roleName(other).assumeRolePolicyDocument(TRUST_POLICY));
		assertThatCode(() -> updateTrust(namesOther.formatted(otherArn))).doesNotThrowAnyException();
		assertMalformed(() -> updateTrust(namesOther.formatted(otherArn.replace("role/", "role/elsewhere/"))),
				"Invalid principal in policy: \"AWS\":\"" + otherArn.replace("role/", "role/elsewhere/") + "\"");
	}

	// IAM User Guide, "Role trust policy": Version is optional, and the STS actions that
	// act on a role are allowed.
	@Test
	void acceptsTrustPoliciesAwsAccepts() {
		String withoutVersion = "{'Statement':[{'Effect':'Allow','Principal':{'Service':'apigateway.amazonaws.com'},"
				+ "'Action':['sts:AssumeRole','sts:TagSession','sts:SetSourceIdentity','sts:SetContext']}]}";
		assertThatCode(() -> updateTrust(withoutVersion.replace('\'', '"'))).doesNotThrowAnyException();
		for (String action : List.of("sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRole*")) {
			assertThatCode(() -> updateTrust(trust("'Action':'" + action + "'"))).doesNotThrowAnyException();
		}
	}

	private void updateTrust(String document) {
		iam.updateAssumeRolePolicy((r) -> r.roleName(role).policyDocument(document));
	}

	private static String trust(String statementMembers) {
		return ("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':{'Service':'ec2.amazonaws.com'},"
				+ statementMembers + "}]}")
			.replace('\'', '"');
	}

	private static void assertMalformed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
		assertThatThrownBy(call).isInstanceOfSatisfying(MalformedPolicyDocumentException.class, (ex) -> {
			assertThat(ex.statusCode()).isEqualTo(400);
			assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicyDocument");
			assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(message);
		});
	}

}

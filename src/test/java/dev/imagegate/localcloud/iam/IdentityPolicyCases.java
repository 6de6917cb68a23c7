package dev.imagegate.localcloud.iam;

import java.util.List;

import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Identity policy documents and IAM's answer to each: the MalformedPolicyDocument
 * message, or null when IAM accepts the document. Unless a case says otherwise, the
 * source is the table of documents and IAM messages in moto's
 * tests/test_iam/test_iam_policies.py. Documents are written with ' for " to keep them
 * readable.
 */
final class IdentityPolicyCases {

	static final String SYNTAX = "Syntax errors in policy.";

	static final String VERSION = "Policy document must be version 2012-10-17 or greater.";

	static final String LEGACY = "The policy failed legacy parsing";

	static final String NO_VENDOR = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";

	static final String ONE_COLON = "Actions/Condition can contain only one colon.";

	static final String NO_ACTIONS = "Policy statement must contain actions.";

	static final String NO_RESOURCES = "Policy statement must contain resources.";

	private static final String V = "'Version':'2012-10-17',";

	private static final String LIST = "'Effect':'Allow','Action':'s3:ListBucket',";

	private static final String BUCKET = "'Resource':'arn:aws:s3:::example_bucket'";

	private IdentityPolicyCases() {
	}

	static List<Arguments> invalid() {
		return List.of(invalid("moto: not JSON", "This is not a json document", SYNTAX),
				invalid("moto: no Version", "{'Statement':{" + LIST + BUCKET + "}}", VERSION),
				invalid("moto: Version 2008-10-17", "{'Version':'2008-10-17','Statement':{" + LIST + BUCKET + "}}",
						VERSION),
				invalid("moto: unknown Version", "{'Version':'2013-10-17','Statement':{" + LIST + BUCKET + "}}",
						SYNTAX),
				invalid("moto: no Statement", "{'Version':'2012-10-17'}", SYNTAX),
				invalid("moto: Statement of a string", "{" + V + "'Statement':['afd']}", SYNTAX),
				invalid("moto: unknown top element",
						"{" + V + "'Statement':{" + LIST + BUCKET + "},'Extra field':'value'}", SYNTAX),
				invalid("moto: unknown statement element",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Extra field':'value'}}", SYNTAX),
				invalid("moto: Id a list", "{" + V + "'Id':['cd3a'],'Statement':{" + LIST + BUCKET + "}}", SYNTAX),
				invalid("moto: Id an object", "{" + V + "'Id':{},'Statement':{" + LIST + BUCKET + "}}", SYNTAX),
				invalid("moto: Effect invalid",
						"{" + V + "'Statement':{'Effect':'invalid','Action':'s3:ListBucket'," + BUCKET + "}}", SYNTAX),
				invalid("moto: Action without vendor",
						"{" + V + "'Statement':{'Effect':'Allow','Action':'invalid'," + BUCKET + "}}", NO_VENDOR),
				invalid("moto: empty NotAction",
						"{" + V + "'Statement':{'Effect':'Allow','NotAction':''," + BUCKET + "}}", NO_VENDOR),
				invalid("moto: vendor with a space",
						"{" + V + "'Statement':{'Effect':'Allow','Action':'a a:ListBucket'," + BUCKET + "}}",
						"Vendor a a is not valid"),
				invalid("moto: two colons",
						"{" + V + "'Statement':{'Effect':'Allow','Action':'s3:List:Bucket'," + BUCKET + "}}",
						ONE_COLON),
				invalid("moto: two colons in a second statement",
						"{" + V + "'Statement':[{'Effect':'Allow','Action':'s3s:ListBucket'," + BUCKET
								+ "},{'Effect':'Allow','Action':'s:3s:ListBucket'," + BUCKET + "}]}",
						ONE_COLON),
				invalid("moto: Resource not an ARN",
						"{" + V + "'Statement':{" + LIST + "'Resource':'invalid resource'}}",
						"Resource invalid resource must be in ARN format or \"*\"."),
				invalid("moto: empty Resource with conditions", "{" + V
						+ "'Statement':[{'Sid':'EnableDisableHongKong','Effect':'Allow',"
						+ "'Action':['account:EnableRegion','account:DisableRegion'],'Resource':'',"
						+ "'Condition':{'StringEquals':{'account:TargetRegion':'ap-east-1'}}},{'Sid':'ViewConsole',"
						+ "'Effect':'Allow','Action':['aws-portal:ViewAccount','account:ListRegions'],'Resource':''}]}",
						"Resource  must be in ARN format or \"*\"."),
				invalid("moto: resource error before action error",
						"{" + V + "'Statement':{'Effect':'Allow','Action':'s:3:ListBucket','Resource':'sdfsadf'}}",
						"Resource sdfsadf must be in ARN format or \"*\"."),
				invalid("moto: Resource list not ARNs", "{" + V + "'Statement':{" + LIST + "'Resource':['adf']}}",
						"Resource adf must be in ARN format or \"*\"."),
				invalid("moto: Resource empty", "{" + V + "'Statement':{" + LIST + "'Resource':''}}",
						"Resource  must be in ARN format or \"*\"."),
				invalid("moto: partition unknown", "{" + V
						+ "'Statement':{'Effect':'Allow','NotAction':'s3s:ListBucket','Resource':'a:bsdfdsafsad'}}",
						"Partition \"bsdfdsafsad\" is not valid for resource \"arn:bsdfdsafsad:*:*:*:*\"."),
				invalid("moto: partition b", "{" + V
						+ "'Statement':{'Effect':'Allow','NotAction':'s3s:ListBucket','Resource':'a:b:cadfsdf'}}",
						"Partition \"b\" is not valid for resource \"arn:b:cadfsdf:*:*:*\"."),
				invalid("moto: partition b, long", "{" + V
						+ "'Statement':{'Effect':'Allow','NotAction':'s3s:ListBucket','Resource':'a:b:c:d:e:f:g:h'}}",
						"Partition \"b\" is not valid for resource \"arn:b:c:d:e:f:g:h\"."),
				invalid("moto: arn prefix missing",
						"{" + V + "'Statement':{" + LIST + "'Resource':'aws:s3:::example_bucket'}}",
						"Partition \"s3\" is not valid for resource \"arn:s3:::example_bucket:*\"."),
				invalid("moto: partition error names the first sorted",
						"{" + V + "'Statement':{" + LIST
								+ "'Resource':['arn:error:s3:::example_bucket','arn:error:s3::example_bucket']}}",
						"Partition \"error\" is not valid for resource \"arn:error:s3:::example_bucket\"."),
				invalid("moto: Statement empty list", "{" + V + "'Statement':[]}", SYNTAX),
				invalid("moto: no Resource", "{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket'}}",
						NO_RESOURCES),
				invalid("moto: Resource empty list", "{" + V + "'Statement':{" + LIST + "'Resource':[]}}",
						NO_RESOURCES),
				invalid("moto: vendor checked before resources",
						"{" + V + "'Statement':{'Effect':'Allow','Action':'invalid'}}", NO_VENDOR),
				invalid("moto: no Action", "{" + V + "'Statement':{'Effect':'Allow'," + BUCKET + "}}", NO_ACTIONS),
				invalid("moto: no Effect", "{" + V + "'Statement':{'Action':'s3:ListBucket'," + BUCKET + "}}", SYNTAX),
				invalid("moto: only Effect", "{" + V + "'Statement':{'Effect':'Allow'}}", NO_ACTIONS),
				invalid("moto: Action empty list",
						"{" + V + "'Statement':{'Effect':'Allow','Action':[]," + BUCKET + "}}", NO_ACTIONS),
				invalid("moto: a statement without Action",
						"{" + V + "'Statement':[{'Effect':'Deny'},{" + LIST + BUCKET + "}]}", NO_ACTIONS),
				invalid("moto: IAM resource path",
						"{" + V + "'Statement':{" + LIST + "'Resource':'arn:aws:iam:::example_bucket'}}",
						"IAM resource path must either be \"*\", root, or start with user/, federated-user/, role/, "
								+ "group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, "
								+ "saml-provider/, oidc-provider/, report/, access-report/."),
				invalid("moto: five-part ARN",
						"{" + V + "'Statement':{" + LIST + "'Resource':'arn:aws:s3::example_bucket'}}", LEGACY),
				invalid("moto: five-part ARN, no Action",
						"{" + V + "'Statement':{'Effect':'Allow','Resource':'arn:aws:s3::example_bucket'}}", LEGACY),
				invalid("moto: vendor missing", "{" + V + "'Statement':{" + LIST + "'Resource':'arn:aws'}}",
						"Resource vendor must be fully qualified and cannot contain regexes."),
				invalid("moto: Resource an object",
						"{" + V + "'Statement':{" + LIST + "'Resource':{'a':'arn:aws:s3:::example_bucket'}}}", SYNTAX),
				invalid("moto: Resource list with an object",
						"{" + V + "'Statement':{'Effect':'Deny','Action':'s3:ListBucket','Resource':['adfdf',{}]}}",
						SYNTAX),
				invalid("moto: Resource and NotResource",
						"{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3:ListBucket'," + BUCKET
								+ ",'NotResource':[]}}",
						SYNTAX),
				invalid("moto: Action a nested list",
						"{" + V + "'Statement':{'Effect':'Deny','Action':[[]]," + BUCKET + "}}", SYNTAX),
				invalid("moto: Action and NotAction",
						"{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3s:ListBucket','Action':[]," + BUCKET
								+ "}}",
						SYNTAX),
				invalid("moto: Action an object",
						"{" + V + "'Statement':{'Effect':'Allow','Action':{}," + BUCKET + "}}", SYNTAX),
				invalid("moto: Condition a list", "{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':[]}}",
						SYNTAX),
				invalid("moto: Condition a string", "{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':'a'}}",
						SYNTAX),
				invalid("moto: Condition block a string",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'a':'b'}}}", SYNTAX),
				invalid("moto: Date block a string",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'DateGreaterThan':'b'}}}", SYNTAX),
				invalid("moto: Date block a list",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'DateGreaterThan':[]}}}", SYNTAX),
				invalid("moto: condition value an object",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'DateGreaterThan':{'a':{}}}}}",
						SYNTAX),
				invalid("moto: condition value an object, no Action",
						"{" + V + "'Statement':{'Effect':'Allow'," + BUCKET
								+ ",'Condition':{'DateGreaterThan':{'a':{}}}}}",
						SYNTAX),
				invalid("moto: unknown operator with a key",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'x':{'a':'1'}}}}", SYNTAX),
				invalid("moto: double colon in operator",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':{'ForAnyValue::StringEqualsIfExists':{'a':'asf'}}}}",
						SYNTAX),
				invalid("moto: Condition a list of blocks",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':[{'ForAllValues:StringEquals':{'aws:TagKeys':'Department'}}]}}",
						SYNTAX),
				invalid("moto: IAM ARN with region",
						"{" + V + "'Statement':{" + LIST + "'Resource':'arn:aws:iam:us-east-1::example_bucket'}}",
						"IAM resource arn:aws:iam:us-east-1::example_bucket cannot contain region information."),
				invalid("moto: S3 ARN with region",
						"{" + V + "'Statement':{" + LIST + "'Resource':'arn:aws:s3:us-east-1::example_bucket'}}",
						"Resource arn:aws:s3:us-east-1::example_bucket can not contain region information."),
				invalid("moto: Sid an object", "{" + V + "'Statement':{'Sid':{}," + LIST + BUCKET + "}}", SYNTAX),
				invalid("moto: Sid a list", "{" + V + "'Statement':{'Sid':[]," + LIST + BUCKET + "}}", SYNTAX),
				invalid("moto: Sid twice",
						"{" + V + "'Statement':[{'Sid':'sdf'," + LIST + BUCKET + "},{'Sid':'sdf','Effect':'Allow'}]}",
						"Statement IDs (SID) in a single policy must be unique."),
				invalid("moto: Version before Sid",
						"{'Statement':[{'Sid':'sdf'," + LIST + BUCKET + "},{'Sid':'sdf','Effect':'Allow'}]}", VERSION),
				invalid("moto: NotAction and Action",
						"{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3:ListBucket','Action':'iam:dsf',"
								+ BUCKET + "}}",
						SYNTAX),
				invalid("moto: Resource and NotResource *",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'NotResource':'*'}}", SYNTAX),
				invalid("moto: Effect in the wrong case",
						"{" + V + "'Statement':{'Effect':'denY','Action':'s3:ListBucket'," + BUCKET + "}}", LEGACY),
				invalid("moto: Date not a date",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'DateGreaterThan':{'a':'sdfdsf'}}}}",
						LEGACY),
				invalid("moto: no Version, bad date",
						"{'Statement':{" + LIST + BUCKET + ",'Condition':{'DateGreaterThan':{'a':'sdfdsf'}}}}",
						VERSION),
				invalid("moto: no Version, bad Effect case",
						"{'Statement':{'Effect':'denY','Action':'s3:ListBucket'," + BUCKET + "}}", VERSION),
				invalid("moto: bad date without Action",
						"{" + V + "'Statement':{'Effect':'Allow','Condition':{'DateGreaterThan':{'a':'sdfdsf'}}}}",
						LEGACY),
				invalid("moto: empty ARN parts",
						"{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3:ListBucket',"
								+ "'Resource':'arn:aws::::example_bucket'}}",
						LEGACY),
				invalid("moto: lower-case Effect, region ARN",
						"{" + V + "'Statement':{'Effect':'allow','Resource':'arn:aws:s3:us-east-1::example_bucket'}}",
						LEGACY),
				invalid("moto: Effect case before Sid",
						"{" + V + "'Statement':[{'Sid':'sdf','Effect':'aLLow','Action':'s3:ListBucket'," + BUCKET
								+ "},{'Sid':'sdf','Effect':'Allow'}]}",
						LEGACY),
				invalid("moto: five-part NotResource",
						"{" + V + "'Statement':{" + LIST + "'NotResource':'arn:aws:s3::example_bucket'}}", LEGACY),
				invalid("moto: date month 13",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':{'DateLessThanEquals':{'a':'234-13'}}}}",
						LEGACY),
				invalid("moto: date zone of one digit",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':{'DateLessThanEquals':{'a':'2016-12-13t2:00:00.593194+1'}}}}",
						LEGACY),
				invalid("moto: date fraction too long",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':{'DateLessThanEquals':{'a':'2016-12-13t2:00:00.1999999999+10:59'}}}}",
						LEGACY),
				invalid("moto: epoch beyond a long",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':{'DateLessThan':{'a':'9223372036854775808'}}}}",
						LEGACY),
				invalid("moto: bad date before bad partition", "{" + V + "'Statement':{" + LIST
						+ "'Resource':'arn:error:s3:::example_bucket','Condition':{'DateGreaterThan':{'a':'sdfdsf'}}}}",
						LEGACY),
				invalid("moto: ARN without service",
						"{" + V + "'Statement':{" + LIST + "'Resource':'arn:aws::fdsasf'}}", LEGACY),
				// CloudTrail record of CreatePolicy (MalformedPolicyDocumentException)
				// and IAM User Guide, "Sid".
				invalid("CloudTrail: Sid not alphanumeric",
						"{" + V + "'Statement':{'Sid':'read-images'," + LIST + BUCKET + "}}",
						"Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular "
								+ "expression [0-9A-Za-z]*"),
				// IAM User Guide, "Principal": identity-based policies cannot name one.
				invalid("IAM: Principal in an identity policy",
						"{" + V + "'Statement':{'Effect':'Allow','Principal':{'AWS':'*'},'Action':'s3:ListBucket',"
								+ BUCKET + "}}",
						"Policy document should not specify a principal."));
	}

	static List<Arguments> valid() {
		return List.of(
				valid("moto: Resource list",
						"{" + V + "'Statement':{" + LIST + "'Resource':['arn:aws:s3:::example_bucket']}}"),
				valid("moto: action with spaces",
						"{" + V + "'Statement':{'Effect':'Allow','Action':'iam: asdf safdsf af '," + BUCKET + "}}"),
				valid("moto: Resource list with *",
						"{" + V + "'Statement':{" + LIST + "'Resource':['arn:aws:s3:::example_bucket','*']}}"),
				valid("moto: Action *", "{" + V + "'Statement':{'Effect':'Allow','Action':'*'," + BUCKET + "}}"),
				valid("moto: Statement list", "{" + V + "'Statement':[{" + LIST + BUCKET + "}]}"),
				valid("moto: date conditions",
						"{" + V + "'Statement':{'Effect':'Allow','Action':'service-prefix:action-name','Resource':'*',"
								+ "'Condition':{'DateGreaterThan':{'aws:CurrentTime':'2017-07-01T00:00:00Z'},"
								+ "'DateLessThan':{'aws:CurrentTime':'2017-12-31T23:59:59Z'}}}}"),
				valid("moto: any vendor",
						"{" + V + "'Statement':{'Effect':'Allow','Action':'fsx:ListBucket'," + BUCKET + "}}"),
				valid("moto: IAM user ARN",
						"{" + V + "'Statement':{" + LIST + "'Resource':'arn:aws:iam:::user/example_bucket'}}"),
				valid("moto: unknown service",
						"{" + V + "'Statement':{" + LIST + "'Resource':'arn:aws:s33:::example_bucket'}}"),
				valid("moto: three-part ARN", "{" + V + "'Statement':{" + LIST + "'Resource':'arn:aws:fdsasf'}}"),
				valid("moto: empty Condition", "{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{}}}"),
				valid("moto: ForAllValues",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':{'ForAllValues:StringEquals':{'aws:TagKeys':'Department'}}}}"),
				valid("moto: regional service ARN",
						"{" + V + "'Statement':{" + LIST
								+ "'Resource':'arn:aws:cloudwatch:us-east-1::example_bucket'}}"),
				valid("moto: unknown service with region",
						"{" + V + "'Statement':{" + LIST
								+ "'Resource':'arn:aws:invalid-service:us-east-1::example_bucket'}}"),
				valid("moto: empty Date block",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'DateGreaterThan':{}}}}"),
				valid("moto: empty value list",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'DateGreaterThan':{'a':[]}}}}"),
				valid("moto: unknown operator, empty block",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'a':{}}}}"),
				valid("moto: Sid", "{" + V + "'Statement':{'Sid':'dsfsdfsdfsdfsdfsadfsd'," + LIST + BUCKET + "}}"),
				valid("moto: NotAction",
						"{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3:ListBucket'," + BUCKET + "}}"),
				valid("moto: NotResource", "{" + V
						+ "'Statement':{'Effect':'Deny','Action':'s3:*','NotResource':['arn:aws:s3:::HRBucket/Payroll',"
						+ "'arn:aws:s3:::HRBucket/Payroll/*']}}"),
				valid("moto: Id",
						"{" + V + "'Id':'sdfsdfsdf','Statement':{'Effect':'Allow','NotAction':'s3:ListBucket'," + BUCKET
								+ "}}"),
				valid("moto: vendor with - and .",
						"{" + V + "'Statement':[{'Effect':'Allow','Action':'s3-s:ListBucket'," + BUCKET
								+ "},{'Effect':'Allow','Action':'s3.s:ListBucket'," + BUCKET + "}]}"),
				valid("moto: NotAction and NotResource",
						"{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3:ListBucket','NotResource':'*'}}"),
				valid("moto: one Sid only",
						"{" + V + "'Statement':[{'Sid':'sdf'," + LIST + BUCKET + "},{" + LIST + BUCKET + "}]}"),
				valid("moto: date 01T",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'DateGreaterThan':{'a':'01T'}}}}"),
				valid("moto: two empty unknown operators",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'x':{},'y':{}}}}"),
				valid("moto: IfExists",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':{'ForAnyValue:StringEqualsIfExists':{'a':'asf'}}}}"),
				valid("moto: ISO date with zone",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':{'DateLessThanEquals':{'a':'2016-12-13T21:20:37.593194+00:00'}}}}"),
				valid("moto: lenient date",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':{'DateLessThanEquals':{'a':'2016-12-13t2:00:00.593194+23'}}}}"),
				valid("moto: negative year",
						"{" + V + "'Statement':{" + LIST + BUCKET
								+ ",'Condition':{'DateLessThan':{'a':'-292275054'}}}}"),
				valid("moto: policy variables", "{" + V
						+ "'Statement':[{'Sid':'AllowManageOwnAccessKeys','Effect':'Allow',"
						+ "'Action':['iam:CreateAccessKey','iam:ListAccessKeys'],'Resource':'arn:aws:iam::*:user/"
						+ "${aws:username}'},{'Sid':'DenyAllExceptListedIfNoMFA','Effect':'Deny',"
						+ "'NotAction':['iam:GetUser','sts:GetSessionToken'],'Resource':'*',"
						+ "'Condition':{'BoolIfExists':{'aws:MultiFactorAuthPresent':'false'}}}]}"),
				valid("moto: ArnEquals",
						"{" + V + "'Statement':[{'Effect':'Allow','Action':['ec2:AttachVolume','ec2:DetachVolume'],"
								+ "'Resource':['arn:aws:ec2:*:*:volume/*','arn:aws:ec2:*:*:instance/*'],"
								+ "'Condition':{'ArnEquals':{'ec2:SourceInstanceARN':"
								+ "'arn:aws:ec2:*:*:instance/instance-id'}}}]}"),
				valid("moto: empty Sids", "{" + V + "'Statement':[{'Sid':'','Effect':'Allow','Action':'rds:*',"
						+ "'Resource':['arn:aws:rds:region:*:*']},{'Sid':'','Effect':'Allow','Action':['rds:Describe*']"
						+ ",'Resource':['*']}]}"),
				valid("moto: S3 access point with region",
						"{" + V + "'Statement':[{'Sid':'','Effect':'Allow','Action':['s3:*'],"
								+ "'Resource':['arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point',"
								+ "'arn:aws:s3:us-west-2:123456789012:accesspoint/my-access-point/object/*']}]}"),
				// The portal's own least-privilege policy (ProxyApiDesign) and AWS's
				// managed policy documents.
				valid("imagegate: least privilege", "{" + V
						+ "'Statement':[{'Sid':'ReadImagesUnderPrefix','Effect':'Allow','Action':'s3:GetObject',"
						+ "'Resource':'arn:aws:s3:::pics/images/*'},{'Sid':'ListPrefixSoMissingImagesAre404',"
						+ "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3:::pics',"
						+ "'Condition':{'StringLike':{'s3:prefix':['images/*']}}}]}"),
				valid("AWS: AmazonS3FullAccess v2", "{" + V
						+ "'Statement':[{'Effect':'Allow','Action':['s3:*','s3-object-lambda:*'],'Resource':'*'}]}"),
				// IAM User Guide, "Condition": Bool and Numeric values may be JSON
				// booleans and numbers.
				valid("IAM: boolean and number condition values",
						"{" + V + "'Statement':{" + LIST + BUCKET + ",'Condition':{'Bool':{'aws:SecureTransport':true},"
								+ "'NumericLessThanEquals':{'s3:max-keys':10}}}}"));
	}

	private static Arguments invalid(String label, String document, String message) {
		return argumentSet(label, document.replace('\'', '"'), message);
	}

	private static Arguments valid(String label, String document) {
		return argumentSet(label, document.replace('\'', '"'));
	}

}

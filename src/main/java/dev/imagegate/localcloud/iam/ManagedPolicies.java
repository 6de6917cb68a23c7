package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.Optional;

/**
 * The AWS managed policies that exist in every account, as IAM describes them (GetPolicy,
 * GetPolicyVersion; ids, dates and documents of their default versions as AWS publishes
 * them in the "AWS managed policy reference"). Only the ones API Gateway-to-S3
 * walk-throughs attach are known: AmazonS3ReadOnlyAccess (the seed's), AmazonS3FullAccess
 * (AWS's own tutorial's) and AmazonAPIGatewayPushToCloudWatchLogs (API Gateway's logging
 * role, which the CDK's RestApi creates by default); any other ARN is NoSuchEntity, as on
 * AWS for a policy that does not exist.
 */
final class ManagedPolicies {

	static final String S3_READ_ONLY_ARN = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";

	static final String S3_FULL_ACCESS_ARN = "arn:aws:iam::aws:policy/AmazonS3FullAccess";

	/**
	 * Version v3 (August 2023), the default version on AWS today; it added s3:Describe*.
	 */
	private static final String S3_READ_ONLY_DOCUMENT = """
			{
			    "Version": "2012-10-17",
			    "Statement": [
			        {
			            "Effect": "Allow",
			            "Action": [
			                "s3:Get*",
			                "s3:List*",
			                "s3:Describe*",
			                "s3-object-lambda:Get*",
			                "s3-object-lambda:List*"
			            ],
			            "Resource": "*"
			        }
			    ]
			}""";

	/**
	 * Version v2 (September 2021), the default version on AWS today; it added
	 * s3-object-lambda:*.
	 */
	private static final String S3_FULL_ACCESS_DOCUMENT = """
			{
			    "Version": "2012-10-17",
			    "Statement": [
			        {
			            "Effect": "Allow",
			            "Action": [
			                "s3:*",
			                "s3-object-lambda:*"
			            ],
			            "Resource": "*"
			        }
			    ]
			}""";

	static final String API_GATEWAY_LOGS_ARN = "arn:aws:iam::aws:policy/service-role/"
			+ "AmazonAPIGatewayPushToCloudWatchLogs";

	/** Version v1 (November 2015), never changed since. */
	private static final String API_GATEWAY_LOGS_DOCUMENT = """
			{
			    "Version": "2012-10-17",
			    "Statement": [
			        {
			            "Effect": "Allow",
			            "Action": [
			                "logs:CreateLogGroup",
			                "logs:CreateLogStream",
			                "logs:DescribeLogGroups",
			                "logs:DescribeLogStreams",
			                "logs:PutLogEvents",
			                "logs:GetLogEvents",
			                "logs:FilterLogEvents"
			            ],
			            "Resource": "*"
			        }
			    ]
			}""";

	/** Sorted by name, as ListPolicies returns them. */
	private static final List<ManagedPolicy> ALL = List.of(
			new ManagedPolicy("AmazonAPIGatewayPushToCloudWatchLogs", API_GATEWAY_LOGS_ARN, "ANPAIK4GFO7HLKYN64ASK",
					"/service-role/", "v1", "Allows API Gateway to push logs to user's account.",
					"2015-11-11T23:41:46Z", "2015-11-11T23:41:46Z", API_GATEWAY_LOGS_DOCUMENT),
			new ManagedPolicy("AmazonS3FullAccess", S3_FULL_ACCESS_ARN, "ANPAIFIR6V6BVTRAHWINE", "/", "v2",
					"Provides full access to all buckets via the AWS Management Console.", "2015-02-06T18:40:58Z",
					"2021-09-27T20:16:37Z", S3_FULL_ACCESS_DOCUMENT),
			new ManagedPolicy("AmazonS3ReadOnlyAccess", S3_READ_ONLY_ARN, "ANPAIZTJ4DXE7G6AGAE6M", "/", "v3",
					"Provides read only access to all buckets via the AWS Management Console.", "2015-02-06T18:40:59Z",
					"2023-08-10T21:31:39Z", S3_READ_ONLY_DOCUMENT));

	private ManagedPolicies() {
	}

	static Optional<ManagedPolicy> find(String arn) {
		return ALL.stream().filter((policy) -> policy.arn().equals(arn)).findFirst();
	}

	static List<ManagedPolicy> all() {
		return ALL;
	}

}

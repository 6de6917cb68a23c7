package dev.imagegate.localcloud.iam;

import java.util.Map;
import java.util.Optional;

/**
 * The AWS managed policies that exist in every account. Only the one the seed's walk-through
 * attaches is known; attaching any other ARN fails with NoSuchEntity, as on AWS for a policy
 * that does not exist.
 */
final class ManagedPolicies {

	static final String S3_READ_ONLY_ARN = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";

	/** Version v3 (August 2023), the default version on AWS today; it added s3:Describe*. */
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

	private static final Map<String, ManagedPolicy> BY_ARN = Map.of(S3_READ_ONLY_ARN,
			new ManagedPolicy("AmazonS3ReadOnlyAccess", S3_READ_ONLY_ARN, "ANPAIZTJ4DXE7G6AGAE6M", "/", "v3",
					"Provides read only access to all buckets via the AWS Management Console.", "2015-02-06T18:40:59Z",
					"2023-08-10T21:31:39Z", S3_READ_ONLY_DOCUMENT));

	private ManagedPolicies() {
	}

	static Optional<ManagedPolicy> find(String arn) {
		return Optional.ofNullable(BY_ARN.get(arn));
	}

}

package dev.imagegate.localcloud.iam;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names and documents for the IAM tests, and the decoding the Java SDK leaves to its
 * callers.
 */
final class IamTestSupport {

	static final String TRUST_POLICY = """
			{
			    "Version": "2012-10-17",
			    "Statement": [
			        {
			            "Sid": "",
			            "Effect": "Allow",
			            "Principal": {
			                "Service": "apigateway.amazonaws.com"
			            },
			            "Action": "sts:AssumeRole"
			        }
			    ]
			}""";

	static final String READ_IMAGES_POLICY = """
			{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",\
			"Resource":"arn:aws:s3:::api-gw-image-test-s3/images/*"}]}""";

	static final String S3_READ_ONLY = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private IamTestSupport() {
	}

	/** A role name no other test uses: all test classes share one local cloud. */
	static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Policy documents come back URL-encoded through the Java SDK. */
	static String decode(String encoded) {
		return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
	}

	static JsonNode json(String document) {
		return JSON.readTree(document);
	}

}

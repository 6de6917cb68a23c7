package dev.imagegate.proxyapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names, documents and settings a spec turns into: one place that says what imagegate
 * builds, shared by the provisioning steps, the plan, discovery and teardown.
 */
public record ProxyApiDesign(ProxyApiSpec spec, String region, String partition) {

	public static final String TAG_MANAGED = "imagegate:managed";

	public static final String TAG_BUCKET = "imagegate:bucket";

	public static final String TAG_PREFIX = "imagegate:prefix";

	public static final String TAG_RESOURCE = "imagegate:resource";

	public static final String TAG_PARAMETER = "imagegate:parameter";

	public static final String TAG_STAGE = "imagegate:stage";

	public static final String TAG_ROLE = "imagegate:role";

	public static final String TAG_API = "imagegate:api";

	public static final String INLINE_POLICY_NAME = "imagegate-s3-read";

	public static final String VALIDATOR_NAME = "imagegate-validate-parameters";

	public static final String S3_READ_ONLY_ARN_SUFFIX = ":iam::aws:policy/AmazonS3ReadOnlyAccess";

	/** The stage variable holding a fingerprint of the deployed configuration. */
	public static final String CONFIG_VARIABLE = "imagegateConfig";

	/** The integration's path parameter that carries the image key into the S3 path. */
	public static final String KEY_PATH_PARAMETER = "key";

	/** Headers of an image that reach the client on a 200. */
	public static final String[] IMAGE_HEADERS = { "Content-Type", "Content-Length", "ETag", "Last-Modified",
			"Cache-Control" };

	/** Headers that reach the client on a 304 Not Modified. */
	public static final String[] NOT_MODIFIED_HEADERS = { "ETag", "Cache-Control" };

	/**
	 * Headers of an error passed on from S3: its Content-Type, since API Gateway labels
	 * any body it does not get a Content-Type for {@code application/json}, and S3's
	 * errors are XML.
	 */
	public static final String[] ERROR_HEADERS = { "Content-Type" };

	public static ProxyApiDesign of(ProxyApiSpec spec, String region) {
		return new ProxyApiDesign(spec, region, partitionOf(region));
	}

	static String partitionOf(String region) {
		if (region.startsWith("cn-")) {
			return "aws-cn";
		}
		return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
	}

	public String roleName() {
		return "imagegate-" + spec.apiName();
	}

	public String s3ReadOnlyPolicyArn() {
		return "arn:" + partition + S3_READ_ONLY_ARN_SUFFIX;
	}

	public String trustPolicy() {
		return """
				{"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
				"Principal":{"Service":"apigateway.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
	}

	/**
	 * GetObject under the prefix only; ListBucket limited to the prefix so that S3
	 * answers a missing image with 404 rather than 403.
	 */
	public String leastPrivilegePolicy() {
		String bucketArn = "arn:" + partition + ":s3:::" + spec.bucket();
		return """
				{"Version":"2012-10-17","Statement":[\
				{"Sid":"ReadImagesUnderPrefix","Effect":"Allow","Action":"s3:GetObject","Resource":"%s/%s*"},\
				{"Sid":"ListPrefixSoMissingImagesAre404","Effect":"Allow","Action":"s3:ListBucket","Resource":"%s",\
				"Condition":{"StringLike":{"s3:prefix":["%s*"]}}}]}""".formatted(bucketArn, spec.prefix(), bucketArn,
				spec.prefix());
	}

	/**
	 * Tags on the REST API: enough for discovery to describe the endpoint without a
	 * database.
	 */
	public Map<String, String> apiTags() {
		Map<String, String> tags = new LinkedHashMap<>();
		tags.put(TAG_MANAGED, "true");
		tags.put(TAG_BUCKET, spec.bucket());
		tags.put(TAG_PREFIX, spec.prefix());
		tags.put(TAG_RESOURCE, spec.resource());
		tags.put(TAG_PARAMETER, spec.queryParameter());
		tags.put(TAG_STAGE, spec.stage());
		tags.put(TAG_ROLE, roleName());
		return tags;
	}

	/** Tags on a bucket imagegate creates (one it merely uses stays untouched). */
	public Map<String, String> bucketTags() {
		Map<String, String> tags = new LinkedHashMap<>();
		tags.put(TAG_MANAGED, "true");
		tags.put(TAG_API, spec.apiName());
		return tags;
	}

	public Map<String, String> roleTags() {
		Map<String, String> tags = new LinkedHashMap<>();
		tags.put(TAG_MANAGED, "true");
		tags.put(TAG_BUCKET, spec.bucket());
		tags.put(TAG_PREFIX, spec.prefix());
		tags.put(TAG_API, spec.apiName());
		return tags;
	}

	/** The REST API's description: what it serves. */
	public String apiDescription() {
		return "imagegate: images of s3://" + spec.bucket() + "/" + spec.prefix();
	}

	public String integrationUri() {
		return "arn:" + partition + ":apigateway:" + region + ":s3:path/" + spec.bucket() + "/" + spec.prefix() + "{"
				+ KEY_PATH_PARAMETER + "}";
	}

	public String queryParameterSource() {
		return "method.request.querystring." + spec.queryParameter();
	}

	public Map<String, Boolean> methodRequestParameters() {
		Map<String, Boolean> parameters = new LinkedHashMap<>();
		parameters.put(queryParameterSource(), true);
		parameters.put("method.request.header.If-None-Match", false);
		return parameters;
	}

	public Map<String, String> integrationRequestParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("integration.request.path." + KEY_PATH_PARAMETER, queryParameterSource());
		parameters.put("integration.request.header.Accept", "'*/*'");
		parameters.put("integration.request.header.If-None-Match", "method.request.header.If-None-Match");
		return parameters;
	}

	/**
	 * Every type is binary, so images pass through untouched (the integration responses
	 * say how they go out).
	 */
	public static final String BINARY_MEDIA_TYPE = "*/*";

	/**
	 * How an image leaves API Gateway: as the bytes S3 sent, whatever the client's
	 * Accept.
	 */
	public static final String RESPONSE_CONTENT_HANDLING = "CONVERT_TO_BINARY";

	/**
	 * The integration request's passthrough behaviour (there are no mapping templates).
	 */
	public static final String PASSTHROUGH_BEHAVIOR = "WHEN_NO_MATCH";

	/**
	 * The API's endpoint type: served from the region, without a CloudFront distribution
	 * of its own.
	 */
	public static final String ENDPOINT_TYPE = "REGIONAL";

	/** The CORS header, on every answer when the spec names an origin. */
	public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

	/** Method responses: status code to the headers it may carry. */
	public Map<String, String[]> methodResponses() {
		Map<String, String[]> responses = new LinkedHashMap<>();
		responses.put("200", withCors(IMAGE_HEADERS));
		responses.put("304", withCors(NOT_MODIFIED_HEADERS));
		responses.put("404", withCors(ERROR_HEADERS));
		responses.put("500", withCors(ERROR_HEADERS));
		return responses;
	}

	private String[] withCors(String[] headers) {
		if (spec.corsAllowOrigin().isEmpty()) {
			return headers;
		}
		String[] all = Arrays.copyOf(headers, headers.length + 1);
		all[headers.length] = ALLOW_ORIGIN;
		return all;
	}

	/**
	 * Where a response header's value comes from: the spec's fixed value (a static
	 * mapping, quoted as API Gateway wants it), else S3's header of the same name.
	 */
	private String headerSource(String header) {
		if (header.equals("Cache-Control") && !spec.cacheControl().isEmpty()) {
			return "'" + spec.cacheControl() + "'";
		}
		if (header.equals(ALLOW_ORIGIN)) {
			return "'" + spec.corsAllowOrigin() + "'";
		}
		return "integration.response.header." + header;
	}

	/**
	 * Integration responses: status code to its selection pattern over S3's status (null
	 * for the default). S3's 403 becomes a 404: the role may list the prefix, so S3
	 * answers 403 only for a key the API must not serve, and to a client that is "no such
	 * image" (it reveals nothing about what exists). Every response costs a call, so
	 * there are no more than the behaviour needs; a missing parameter is the request
	 * validator's 400.
	 */
	public Map<String, String> integrationResponsePatterns() {
		Map<String, String> patterns = new LinkedHashMap<>();
		patterns.put("200", "2\\d{2}");
		patterns.put("304", "304");
		patterns.put("404", "40[34]");
		patterns.put("500", null);
		return patterns;
	}

	/**
	 * Header mappings of an integration response: each declared header from S3's, or a
	 * fixed value.
	 */
	public Map<String, String> integrationResponseParameters(String status) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String header : methodResponses().get(status)) {
			parameters.put("method.response.header." + header, headerSource(header));
		}
		return parameters;
	}

	public Map<String, Boolean> methodResponseParameters(String status) {
		Map<String, Boolean> parameters = new LinkedHashMap<>();
		for (String header : methodResponses().get(status)) {
			parameters.put("method.response.header." + header, false);
		}
		return parameters;
	}

	/**
	 * A fingerprint of everything deployed: a stage whose variable differs needs a new
	 * deployment.
	 */
	public String configFingerprint(String roleArn) {
		// The response headers are deployed too: a run that put them and stopped before
		// deploying
		// must still deploy them next time, when nothing else differs.
		String canonical = String.join("\n", spec.bucket(), spec.prefix(), spec.resource(), spec.queryParameter(),
				spec.roleMode().value(), roleArn, integrationUri(), spec.cacheControl(), spec.corsAllowOrigin(), "v2");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

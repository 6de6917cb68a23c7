package dev.imagegate.proxyapi;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.imagegate.buckets.BucketName;

/**
 * Everything that decides what a proxy API looks like. Missing optional fields take the
 * defaults below, which improve on the AWS console tutorial this project automates (least
 * privilege, real Content-Type, 404 for a missing image).
 *
 * @param bucket the private bucket holding the images
 * @param region the bucket's region when it is created; blank means the connection's
 * @param createBucket create the bucket if it does not exist (else that is an error)
 * @param prefix key prefix the API may serve, e.g. {@code images/}
 * @param apiName the REST API's name, unique among imagegate's APIs
 * @param resource the resource path part, e.g. {@code s3} for {@code /s3}
 * @param queryParameter the query parameter carrying the image key, e.g. {@code image}
 * @param stage the stage deployed to, e.g. {@code test}
 * @param roleMode what the API's role may read
 * @param throttle optional stage throttling
 * @param cacheControl the Cache-Control of images served (and of 304s): by default a day,
 * {@value #DEFAULT_CACHE_CONTROL}; blank passes on each object's own Cache-Control from
 * S3
 * @param corsAllowOrigin the Access-Control-Allow-Origin of every answer, so that scripts
 * of that origin may read the images; blank (the default) sends none
 */
public record ProxyApiSpec(@NotBlank @BucketName String bucket,
		@Pattern(regexp = "|[a-z]{2}(-[a-z]+)+-\\d", message = "must be an AWS region such as us-east-1") String region,
		Boolean createBucket,
		@Size(max = 200) @Pattern(regexp = "|([A-Za-z0-9!_.*'()-]+/)+",
				message = "must be empty or path segments of letters, digits and !_.*'()- "
						+ "each ending with /, e.g. images/") String prefix,
		@NotBlank @Size(max = 54) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
				message = "must start with a letter or digit "
						+ "and contain only letters, digits, '.', '_' and '-'") String apiName,
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
				message = "must be one path part of letters, digits, '.', '_' and '-'") String resource,
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
				message = "must contain only letters, digits, '.', '_' and '-'") String queryParameter,
		@NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9_]+",
				message = "must contain only letters, digits and '_'") String stage,
		RoleMode roleMode, @Valid Throttle throttle,
		@Size(max = 200) @Pattern(regexp = "[A-Za-z0-9 ,=_.+-]*",
				message = "must be Cache-Control directives such as public, max-age=86400 "
						+ "(letters, digits, spaces and , = _ . + -)") String cacheControl,
		@Size(max = 253) @Pattern(regexp = "|\\*|https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?",
				message = "must be * or an origin such as https://example.com "
						+ "(scheme, host and optional port, no path)") String corsAllowOrigin) {

	public static final String DEFAULT_PREFIX = "images/";

	public static final String DEFAULT_RESOURCE = "s3";

	public static final String DEFAULT_QUERY_PARAMETER = "image";

	public static final String DEFAULT_STAGE = "test";

	/**
	 * A day: browsers and CDNs keep an image that long without asking again, and then
	 * revalidate it cheaply (304). An image replaced under the same name may be seen old
	 * for up to that long.
	 */
	public static final String DEFAULT_CACHE_CONTROL = "public, max-age=86400";

	public ProxyApiSpec {
		region = (region == null) ? "" : region.trim();
		createBucket = Boolean.TRUE.equals(createBucket);
		prefix = (prefix == null) ? DEFAULT_PREFIX : prefix;
		resource = (resource == null) ? DEFAULT_RESOURCE : resource;
		queryParameter = (queryParameter == null) ? DEFAULT_QUERY_PARAMETER : queryParameter;
		stage = (stage == null) ? DEFAULT_STAGE : stage;
		roleMode = (roleMode == null) ? RoleMode.LEAST_PRIVILEGE : roleMode;
		cacheControl = (cacheControl == null) ? DEFAULT_CACHE_CONTROL : cacheControl.trim();
		corsAllowOrigin = (corsAllowOrigin == null) ? "" : corsAllowOrigin.trim();
	}

	/**
	 * A {@code .} or {@code ..} segment would make the policy's resource mean something
	 * else.
	 */
	@JsonIgnore
	@AssertTrue(message = "must not contain . or .. segments")
	public boolean isPrefixWithoutDotSegments() {
		return prefix == null || !("/" + prefix).matches(".*/\\.{1,2}/.*");
	}

	/**
	 * {@code /.} and {@code /..} are not resources a client can call: browsers and HTTP
	 * clients fold them away.
	 */
	@JsonIgnore
	@AssertTrue(message = "must not be . or ..")
	public boolean isResourceNotADotSegment() {
		return !".".equals(resource) && !"..".equals(resource);
	}

	/**
	 * The spec field a validation property stands for: the checks of derived properties
	 * name their field.
	 */
	public static String fieldOf(String property) {
		return switch (property) {
			case "prefixWithoutDotSegments" -> "prefix";
			case "resourceNotADotSegment" -> "resource";
			default -> property;
		};
	}

	/**
	 * Whether both describe the same endpoint: what the API serves and how, leaving out
	 * what only matters while creating it (the bucket's region, whether to create the
	 * bucket).
	 */
	public boolean describesSameEndpointAs(ProxyApiSpec other) {
		return bucket.equals(other.bucket) && prefix.equals(other.prefix) && apiName.equals(other.apiName)
				&& resource.equals(other.resource) && queryParameter.equals(other.queryParameter)
				&& stage.equals(other.stage) && roleMode == other.roleMode && Objects.equals(throttle, other.throttle)
				&& cacheControl.equals(other.cacheControl) && corsAllowOrigin.equals(other.corsAllowOrigin);
	}

	/** A spec with the defaults for everything but the bucket and the API name. */
	public static ProxyApiSpec of(String bucket, String apiName) {
		return new ProxyApiSpec(bucket, null, false, null, apiName, null, null, null, null, null, null, null);
	}

	public ProxyApiSpec withCaching(String newCacheControl, String newCorsAllowOrigin) {
		return new ProxyApiSpec(bucket, region, createBucket, prefix, apiName, resource, queryParameter, stage,
				roleMode, throttle, newCacheControl, newCorsAllowOrigin);
	}

	public ProxyApiSpec withCreateBucket(boolean create) {
		return new ProxyApiSpec(bucket, region, create, prefix, apiName, resource, queryParameter, stage, roleMode,
				throttle, cacheControl, corsAllowOrigin);
	}

	public ProxyApiSpec withRoleMode(RoleMode mode) {
		return new ProxyApiSpec(bucket, region, createBucket, prefix, apiName, resource, queryParameter, stage, mode,
				throttle, cacheControl, corsAllowOrigin);
	}

	public ProxyApiSpec withThrottle(Throttle newThrottle) {
		return new ProxyApiSpec(bucket, region, createBucket, prefix, apiName, resource, queryParameter, stage,
				roleMode, newThrottle, cacheControl, corsAllowOrigin);
	}

	public ProxyApiSpec withPrefix(String newPrefix) {
		return new ProxyApiSpec(bucket, region, createBucket, newPrefix, apiName, resource, queryParameter, stage,
				roleMode, throttle, cacheControl, corsAllowOrigin);
	}

}

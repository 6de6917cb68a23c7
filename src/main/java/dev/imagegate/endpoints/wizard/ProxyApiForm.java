package dev.imagegate.endpoints.wizard;

import java.math.BigDecimal;

import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.RoleMode;
import dev.imagegate.proxyapi.Throttle;

/**
 * The API step's form: a {@link ProxyApiSpec} as text fields. Validation is the spec's own,
 * so the form, the JSON API and the service can never disagree. {@code createBucket} is "true"
 * when a bucket that does not exist is to be created (private, tagged as imagegate's).
 * {@code changing} is the id of the endpoint being changed, blank for a new one: a new API may
 * not take an existing name.
 */
public record ProxyApiForm(String bucket, String createBucket, String prefix, String apiName, String resource,
		String queryParameter, String stage, String roleMode, String rateLimit, String burstLimit, String cacheControl,
		String corsAllowOrigin, String changing) {

	public static ProxyApiForm defaults(String bucket, String prefix) {
		return new ProxyApiForm(bucket, "", prefix, "", ProxyApiSpec.DEFAULT_RESOURCE,
				ProxyApiSpec.DEFAULT_QUERY_PARAMETER, ProxyApiSpec.DEFAULT_STAGE, RoleMode.LEAST_PRIVILEGE.value(), "",
				"", ProxyApiSpec.DEFAULT_CACHE_CONTROL, "", "");
	}

	/** A deployed endpoint's spec as the form shows it, to change that endpoint ({@code apiId}). */
	public static ProxyApiForm of(ProxyApiSpec spec, String apiId) {
		Throttle throttle = spec.throttle();
		return new ProxyApiForm(spec.bucket(), "", spec.prefix(), spec.apiName(), spec.resource(), spec.queryParameter(),
				spec.stage(), spec.roleMode().value(),
				(throttle != null) ? BigDecimal.valueOf(throttle.rateLimit()).stripTrailingZeros().toPlainString() : "",
				(throttle != null) ? String.valueOf(throttle.burstLimit()) : "", spec.cacheControl(), spec.corsAllowOrigin(),
				apiId);
	}

	/** The same form with another API name (a suggestion for a new one). */
	ProxyApiForm withApiName(String name) {
		return new ProxyApiForm(bucket, createBucket, prefix, name, resource, queryParameter, stage, roleMode, rateLimit,
				burstLimit, cacheControl, corsAllowOrigin, changing);
	}

	/** The same form without throttling, to check the other fields when a number is wrong. */
	ProxyApiForm withoutThrottle() {
		return new ProxyApiForm(bucket, createBucket, prefix, apiName, resource, queryParameter, stage, roleMode, "", "",
				cacheControl, corsAllowOrigin, changing);
	}

	/** The spec, or an exception naming the field that is not a number. */
	public ProxyApiSpec toSpec() {
		Throttle throttle = (blank(rateLimit) && blank(burstLimit)) ? null
				: new Throttle(decimal("rateLimit", rateLimit), wholeNumber("burstLimit", burstLimit));
		return new ProxyApiSpec(trim(bucket), null, "true".equals(createBucket), (prefix == null) ? "" : prefix.trim(),
				trim(apiName), trim(resource), trim(queryParameter), trim(stage),
				RoleMode.of(blank(roleMode) ? "least-privilege" : roleMode), throttle,
				(cacheControl == null) ? "" : cacheControl.trim(), trim(corsAllowOrigin));
	}

	/** Plain decimal notation only: Java would also take NaN, Infinity, 1e3, 0x1p3 and 2d. */
	private static Double decimal(String field, String value) {
		String number = matching(field, value, "[0-9]{1,9}(\\.[0-9]{1,9})?", "must be a number such as 10 or 2.5");
		return (number == null) ? null : Double.valueOf(number);
	}

	/** A fraction is refused, not cut to its whole part. */
	private static Integer wholeNumber(String field, String value) {
		String number = matching(field, value, "[0-9]{1,9}", "must be a whole number such as 20");
		return (number == null) ? null : Integer.valueOf(number);
	}

	private static String matching(String field, String value, String pattern, String rule) {
		if (blank(value)) {
			return null;
		}
		if (!value.trim().matches(pattern)) {
			throw new NotANumberException(field, rule);
		}
		return value.trim();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trim(String value) {
		return (value == null) ? null : value.trim();
	}

	/** A throttling field that is not a number of the kind it needs; the message is the rule. */
	public static class NotANumberException extends RuntimeException {

		private final String field;

		NotANumberException(String field, String rule) {
			super(rule);
			this.field = field;
		}

		public String field() {
			return field;
		}

	}

}

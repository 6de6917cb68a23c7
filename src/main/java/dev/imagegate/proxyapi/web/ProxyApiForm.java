package dev.imagegate.proxyapi.web;

import java.math.BigDecimal;

import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.RoleMode;
import dev.imagegate.proxyapi.Throttle;

/**
 * The API step's form: a {@link ProxyApiSpec} as text fields. Validation is the spec's own,
 * so the form, the JSON API and the service can never disagree.
 */
public record ProxyApiForm(String bucket, String prefix, String apiName, String resource, String queryParameter,
		String stage, String roleMode, String rateLimit, String burstLimit) {

	public static ProxyApiForm defaults(String bucket, String prefix) {
		return new ProxyApiForm(bucket, prefix, "", ProxyApiSpec.DEFAULT_RESOURCE,
				ProxyApiSpec.DEFAULT_QUERY_PARAMETER, ProxyApiSpec.DEFAULT_STAGE, RoleMode.LEAST_PRIVILEGE.value(), "",
				"");
	}

	/** A spec as the form shows it, e.g. a deployed endpoint's to change it. */
	public static ProxyApiForm of(ProxyApiSpec spec) {
		Throttle throttle = spec.throttle();
		return new ProxyApiForm(spec.bucket(), spec.prefix(), spec.apiName(), spec.resource(), spec.queryParameter(),
				spec.stage(), spec.roleMode().value(),
				(throttle != null) ? BigDecimal.valueOf(throttle.rateLimit()).stripTrailingZeros().toPlainString() : "",
				(throttle != null) ? String.valueOf(throttle.burstLimit()) : "");
	}

	/** The same form without throttling, to check the other fields when a number is wrong. */
	ProxyApiForm withoutThrottle() {
		return new ProxyApiForm(bucket, prefix, apiName, resource, queryParameter, stage, roleMode, "", "");
	}

	/** The spec, or an exception naming the field that is not a number. */
	public ProxyApiSpec toSpec() {
		Throttle throttle = (blank(rateLimit) && blank(burstLimit)) ? null
				: new Throttle(asDouble(number("rateLimit", rateLimit)), asInteger(number("burstLimit", burstLimit)));
		return new ProxyApiSpec(trim(bucket), null, false, (prefix == null) ? "" : prefix.trim(), trim(apiName),
				trim(resource), trim(queryParameter), trim(stage), RoleMode.of(blank(roleMode) ? "least-privilege" : roleMode),
				throttle);
	}

	private static Number number(String field, String value) {
		try {
			return blank(value) ? null : Double.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new NotANumberException(field);
		}
	}

	private static Double asDouble(Number value) {
		return (value == null) ? null : value.doubleValue();
	}

	private static Integer asInteger(Number value) {
		return (value == null) ? null : value.intValue();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trim(String value) {
		return (value == null) ? null : value.trim();
	}

	/** A throttling field that is not a number. */
	public static class NotANumberException extends RuntimeException {

		private final String field;

		NotANumberException(String field) {
			super(field + " must be a number");
			this.field = field;
		}

		public String field() {
			return field;
		}

	}

}

package dev.imagegate.localcloud.apigateway.model;

/** Per-method stage settings; AWS fills every member once any is set. */
public class MethodSetting {

	public Boolean metricsEnabled;

	public String loggingLevel;

	public Boolean dataTraceEnabled;

	public Integer throttlingBurstLimit;

	public Double throttlingRateLimit;

	public Boolean cachingEnabled;

	public Integer cacheTtlInSeconds;

	public Boolean cacheDataEncrypted;

	public Boolean requireAuthorizationForCacheControl;

	public String unauthorizedCacheControlHeaderStrategy;

	/**
	 * AWS's account-level defaults, what a stage reports once a method setting is
	 * created; no logging level is reported until one is set.
	 */
	public static MethodSetting defaults() {
		MethodSetting setting = new MethodSetting();
		setting.metricsEnabled = false;
		setting.dataTraceEnabled = false;
		setting.throttlingBurstLimit = 5000;
		setting.throttlingRateLimit = 10000.0;
		setting.cachingEnabled = false;
		setting.cacheTtlInSeconds = 300;
		setting.cacheDataEncrypted = false;
		setting.requireAuthorizationForCacheControl = true;
		setting.unauthorizedCacheControlHeaderStrategy = "SUCCEED_WITH_RESPONSE_HEADER";
		return setting;
	}

	public MethodSetting copy() {
		MethodSetting copy = new MethodSetting();
		copy.metricsEnabled = metricsEnabled;
		copy.loggingLevel = loggingLevel;
		copy.dataTraceEnabled = dataTraceEnabled;
		copy.throttlingBurstLimit = throttlingBurstLimit;
		copy.throttlingRateLimit = throttlingRateLimit;
		copy.cachingEnabled = cachingEnabled;
		copy.cacheTtlInSeconds = cacheTtlInSeconds;
		copy.cacheDataEncrypted = cacheDataEncrypted;
		copy.requireAuthorizationForCacheControl = requireAuthorizationForCacheControl;
		copy.unauthorizedCacheControlHeaderStrategy = unauthorizedCacheControlHeaderStrategy;
		return copy;
	}

}

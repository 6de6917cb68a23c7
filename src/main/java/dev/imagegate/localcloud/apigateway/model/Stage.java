package dev.imagegate.localcloud.apigateway.model;

import java.util.Map;

/** A named stage pointing at one deployment. */
public class Stage {

	public String deploymentId;

	public String stageName;

	public String description;

	public String clientCertificateId;

	public Boolean cacheClusterEnabled;

	public String cacheClusterSize;

	public String cacheClusterStatus;

	/**
	 * By {@code resourcePath/METHOD}; {@code *}{@code /*} holds the stage-wide defaults.
	 */
	public Map<String, MethodSetting> methodSettings;

	public Map<String, String> variables;

	public String documentationVersion;

	public AccessLogSettings accessLogSettings;

	public Boolean tracingEnabled;

	public Map<String, String> tags;

	public Long createdDate;

	public Long lastUpdatedDate;

}

package dev.imagegate.endpoints.wizard;

import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.RoleMode;
import dev.imagegate.proxyapi.Throttle;

/**
 * The API step's form: a {@link ProxyApiSpec} with flat, typed fields the page binds to
 * (see {@link ProxyApiFormBinding}). A value of the wrong type is a field error that
 * keeps what was typed; the rules are the spec's own, so the form, the JSON API and the
 * service can never disagree. {@code createBucket} says a bucket that does not exist is
 * to be created (private, tagged as imagegate's). {@code changing} is the id of the
 * endpoint being changed, blank for a new one: a new API may not take an existing name.
 */
public class ProxyApiForm {

	private String bucket;

	private Boolean createBucket;

	private String prefix;

	private String apiName;

	private String resource;

	private String queryParameter;

	private String stage;

	private RoleMode roleMode;

	private Double rateLimit;

	private Integer burstLimit;

	private String cacheControl;

	private String corsAllowOrigin;

	private String changing;

	public static ProxyApiForm defaults(String bucket, String prefix) {
		ProxyApiForm form = new ProxyApiForm();
		form.bucket = bucket;
		form.prefix = prefix;
		form.apiName = "";
		form.resource = ProxyApiSpec.DEFAULT_RESOURCE;
		form.queryParameter = ProxyApiSpec.DEFAULT_QUERY_PARAMETER;
		form.stage = ProxyApiSpec.DEFAULT_STAGE;
		form.roleMode = RoleMode.LEAST_PRIVILEGE;
		form.cacheControl = ProxyApiSpec.DEFAULT_CACHE_CONTROL;
		form.corsAllowOrigin = "";
		form.changing = "";
		return form;
	}

	/**
	 * A deployed endpoint's spec as the form shows it, to change that endpoint
	 * ({@code apiId}).
	 */
	public static ProxyApiForm of(ProxyApiSpec spec, String apiId) {
		ProxyApiForm form = defaults(spec.bucket(), spec.prefix());
		form.apiName = spec.apiName();
		form.resource = spec.resource();
		form.queryParameter = spec.queryParameter();
		form.stage = spec.stage();
		form.roleMode = spec.roleMode();
		Throttle throttle = spec.throttle();
		form.rateLimit = (throttle != null) ? throttle.rateLimit() : null;
		form.burstLimit = (throttle != null) ? throttle.burstLimit() : null;
		form.cacheControl = spec.cacheControl();
		form.corsAllowOrigin = spec.corsAllowOrigin();
		form.changing = apiId;
		return form;
	}

	/**
	 * The spec the form describes; whether it is valid is the spec's validation's to say.
	 */
	public ProxyApiSpec toSpec() {
		Throttle throttle = (rateLimit == null && burstLimit == null) ? null : new Throttle(rateLimit, burstLimit);
		return new ProxyApiSpec(trim(bucket), null, Boolean.TRUE.equals(createBucket),
				(prefix == null) ? "" : prefix.trim(), trim(apiName), trim(resource), trim(queryParameter), trim(stage),
				roleMode, throttle, (cacheControl == null) ? "" : cacheControl.trim(), trim(corsAllowOrigin));
	}

	/** Whether the form changes a deployed endpoint rather than making a new one. */
	public boolean changesAnEndpoint() {
		return changing != null && !changing.isBlank();
	}

	private static String trim(String value) {
		return (value == null) ? null : value.trim();
	}

	public String getBucket() {
		return bucket;
	}

	public void setBucket(String bucket) {
		this.bucket = bucket;
	}

	public Boolean getCreateBucket() {
		return createBucket;
	}

	public void setCreateBucket(Boolean createBucket) {
		this.createBucket = createBucket;
	}

	public String getPrefix() {
		return prefix;
	}

	public void setPrefix(String prefix) {
		this.prefix = prefix;
	}

	public String getApiName() {
		return apiName;
	}

	public void setApiName(String apiName) {
		this.apiName = apiName;
	}

	public String getResource() {
		return resource;
	}

	public void setResource(String resource) {
		this.resource = resource;
	}

	public String getQueryParameter() {
		return queryParameter;
	}

	public void setQueryParameter(String queryParameter) {
		this.queryParameter = queryParameter;
	}

	public String getStage() {
		return stage;
	}

	public void setStage(String stage) {
		this.stage = stage;
	}

	public RoleMode getRoleMode() {
		return roleMode;
	}

	public void setRoleMode(RoleMode roleMode) {
		this.roleMode = roleMode;
	}

	public Double getRateLimit() {
		return rateLimit;
	}

	public void setRateLimit(Double rateLimit) {
		this.rateLimit = rateLimit;
	}

	public Integer getBurstLimit() {
		return burstLimit;
	}

	public void setBurstLimit(Integer burstLimit) {
		this.burstLimit = burstLimit;
	}

	public String getCacheControl() {
		return cacheControl;
	}

	public void setCacheControl(String cacheControl) {
		this.cacheControl = cacheControl;
	}

	public String getCorsAllowOrigin() {
		return corsAllowOrigin;
	}

	public void setCorsAllowOrigin(String corsAllowOrigin) {
		this.corsAllowOrigin = corsAllowOrigin;
	}

	public String getChanging() {
		return changing;
	}

	public void setChanging(String changing) {
		this.changing = changing;
	}

}

package dev.imagegate.proxyapi.steps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.imagegate.proxyapi.ProxyApiDesign;
import dev.imagegate.proxyapi.ProxyApiSpec;
import software.amazon.awssdk.services.apigateway.model.GetMethodResponse;

/**
 * What the steps of one run learn and produce, passed from step to step. In a plan, ids
 * of things not yet created stay null and later steps plan to create everything below
 * them.
 */
public final class ProvisioningContext {

	private final ProxyApiDesign design;

	private final Consumer<String> progress;

	private final Map<String, String> ids = new LinkedHashMap<>();

	String roleArn;

	boolean roleCreated;

	String apiId;

	/** The API was created by this run: nothing below it exists yet, no need to look. */
	boolean apiCreated;

	String rootResourceId;

	String resourceId;

	String validatorId;

	/** The GET method as read from AWS (with its integration and responses), or null. */
	GetMethodResponse method;

	/** Something the deployment freezes changed in this run: deploy again. */
	boolean apiChanged;

	public ProvisioningContext(ProxyApiDesign design, Consumer<String> progress) {
		this.design = design;
		this.progress = progress;
	}

	public ProxyApiDesign design() {
		return design;
	}

	public ProxyApiSpec spec() {
		return design.spec();
	}

	/** Tells the user what is happening now (e.g. waiting for IAM to propagate). */
	public void progress(String message) {
		progress.accept(message);
	}

	/** Remembers an AWS id the run produced or found, for the step's report. */
	void id(String name, String value) {
		if (value != null) {
			ids.put(name, value);
		}
	}

	/** Every id so far, in the order the steps produced them. */
	public Map<String, String> ids() {
		return new LinkedHashMap<>(ids);
	}

	public String apiId() {
		return apiId;
	}

	public String roleArn() {
		return roleArn;
	}

	public boolean roleCreated() {
		return roleCreated;
	}

	String apiIdOrPlaceholder() {
		return (apiId != null) ? apiId : "<new-api-id>";
	}

	String resourceIdOrPlaceholder() {
		return (resourceId != null) ? resourceId : "<new-resource-id>";
	}

	String roleArnOrPlaceholder() {
		return (roleArn != null) ? roleArn : "<new-role-arn>";
	}

}

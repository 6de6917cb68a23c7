package dev.imagegate.localcloud.apigateway.model;

import java.util.List;
import java.util.Map;

/**
 * What a deployment freezes: the API's resources (with methods, integrations and
 * responses), request validators and binary media types at the time it was created. Later
 * changes to the API do not reach it, as on AWS.
 */
public class ApiSnapshot {

	public String apiId;

	public String apiName;

	public List<String> binaryMediaTypes;

	public String apiKeySource;

	/** By resource id. */
	public Map<String, Resource> resources;

	/** By validator id. */
	public Map<String, RequestValidator> requestValidators;

}

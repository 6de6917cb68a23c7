package dev.imagegate.localcloud.apigateway.model;

import java.util.List;
import java.util.Map;

/** A REST API as GetRestApi returns it. */
public class RestApi {

	public String id;

	public String name;

	public String description;

	/** Epoch seconds, as the REST-JSON protocol sends timestamps. */
	public Long createdDate;

	public String version;

	public List<String> binaryMediaTypes;

	public Integer minimumCompressionSize;

	public String apiKeySource;

	public EndpointConfiguration endpointConfiguration;

	public String policy;

	public Map<String, String> tags;

	public Boolean disableExecuteApiEndpoint;

	public String rootResourceId;

}

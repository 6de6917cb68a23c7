package dev.imagegate.localcloud.apigateway.model;

import java.util.List;
import java.util.Map;

/**
 * A method's back end. {@code httpMethod} is the integration's own method (the SDK's
 * integrationHttpMethod).
 */
public class Integration {

	public String type;

	public String httpMethod;

	public String uri;

	public String connectionType;

	public String connectionId;

	/** The role API Gateway assumes to call an AWS service. */
	public String credentials;

	/**
	 * e.g. {@code integration.request.path.image -> method.request.querystring.image}.
	 */
	public Map<String, String> requestParameters;

	public Map<String, String> requestTemplates;

	public String passthroughBehavior;

	public String contentHandling;

	public Integer timeoutInMillis;

	public String cacheNamespace;

	public List<String> cacheKeyParameters;

	public TlsConfig tlsConfig;

	public Map<String, IntegrationResponse> integrationResponses;

}

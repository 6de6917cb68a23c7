package dev.imagegate.localcloud.apigateway.model;

import java.util.List;
import java.util.Map;

/**
 * A method of a resource, with its method responses and integration embedded, as AWS
 * returns it.
 */
public class Method {

	public String httpMethod;

	public String authorizationType;

	public String authorizerId;

	public Boolean apiKeyRequired;

	public String requestValidatorId;

	public String operationName;

	/** e.g. {@code method.request.querystring.image -> true} (true means required). */
	public Map<String, Boolean> requestParameters;

	public Map<String, String> requestModels;

	public Map<String, MethodResponse> methodResponses;

	public Integration methodIntegration;

	public List<String> authorizationScopes;

}

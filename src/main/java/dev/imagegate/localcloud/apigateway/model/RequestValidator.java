package dev.imagegate.localcloud.apigateway.model;

/** What API Gateway checks before calling the integration. */
public class RequestValidator {

	public String id;

	public String name;

	public Boolean validateRequestBody;

	public Boolean validateRequestParameters;

}

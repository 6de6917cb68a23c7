package dev.imagegate.localcloud.apigateway.model;

import java.util.Map;

/**
 * How a back-end answer maps to a method response; selected by {@code selectionPattern}.
 */
public class IntegrationResponse {

	public String statusCode;

	/** A regex over the back end's status code; absent for the default response. */
	public String selectionPattern;

	public Map<String, String> responseParameters;

	public Map<String, String> responseTemplates;

	public String contentHandling;

}

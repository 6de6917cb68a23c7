package dev.imagegate.localcloud.apigateway.model;

import java.util.Map;

/** A status code a method may answer with, and the headers it declares. */
public class MethodResponse {

	public String statusCode;

	/** e.g. {@code method.response.header.Content-Type -> false}. */
	public Map<String, Boolean> responseParameters;

	public Map<String, String> responseModels;

}

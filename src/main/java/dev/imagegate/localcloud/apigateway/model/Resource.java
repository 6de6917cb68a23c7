package dev.imagegate.localcloud.apigateway.model;

import java.util.Map;

/** A resource (path) of an API; the root has no parent and no path part. */
public class Resource {

	public String id;

	public String parentId;

	public String pathPart;

	public String path;

	/** By HTTP method; GetResources sends each as {} unless asked to embed methods. */
	public Map<String, Method> resourceMethods;

}

package dev.imagegate.localcloud.apigateway.model;

/**
 * A deployment as GetDeployment returns it; its frozen snapshot is kept beside it, not
 * sent.
 */
public class Deployment {

	public String id;

	public String description;

	public Long createdDate;

}

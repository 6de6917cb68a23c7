package dev.imagegate.localcloud.apigateway;

import dev.imagegate.localcloud.apigateway.model.ApiSnapshot;
import dev.imagegate.localcloud.apigateway.model.Deployment;

/**
 * A deployment as AWS shows it, and the API it froze (kept here, never sent on the wire).
 */
class DeploymentRecord {

	public Deployment deployment;

	public ApiSnapshot snapshot;

}

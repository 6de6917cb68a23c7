package dev.imagegate.localcloud.executeapi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.imagegate.localcloud.apigateway.ApiGatewayDeployments;

/**
 * Compiled deployments by API and deployment id. A deployment never changes once made, so
 * its compiled form is reused for every request; the API Gateway store's deep copy (JSON
 * round trip) then happens once per deployment, not once per request.
 */
final class CompiledApis {

	private static final int LIMIT = 1_000;

	private final ApiGatewayDeployments deployments;

	private final Map<String, CompiledApi> byDeployment = new ConcurrentHashMap<>();

	CompiledApis(ApiGatewayDeployments deployments) {
		this.deployments = deployments;
	}

	CompiledApi get(String apiId, String deploymentId) {
		CompiledApi cached = byDeployment.get(apiId + "/" + deploymentId);
		if (cached != null) {
			return cached;
		}
		if (byDeployment.size() >= LIMIT) {
			byDeployment.clear();
		}
		return byDeployment.computeIfAbsent(apiId + "/" + deploymentId,
				(key) -> deployments.deploymentSnapshot(apiId, deploymentId)
					.map(CompiledApi::compile)
					// Deleted between the stage lookup and now: as if the stage were
					// gone.
					.orElseThrow(ExecuteApiException::forbidden));
	}

}

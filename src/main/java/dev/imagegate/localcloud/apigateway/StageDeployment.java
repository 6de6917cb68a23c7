package dev.imagegate.localcloud.apigateway;

import java.util.Map;

/**
 * Where a stage points right now, without its deployment's snapshot: cheap enough to read
 * on every execute-api request (the snapshot itself is immutable per deployment id, so
 * the data plane compiles it once and caches it).
 *
 * @param apiExists whether the API exists at all (a missing stage of an existing API is
 * told apart)
 * @param deploymentId the stage's deployment, or null when there is no such stage
 * @param throttlingRateLimit the stage-wide ({@code *}{@code /*}) rate limit, or null
 * @param throttlingBurstLimit the stage-wide burst limit, or null
 */
public record StageDeployment(boolean apiExists, String deploymentId, Map<String, String> variables,
		Double throttlingRateLimit, Integer throttlingBurstLimit) {

	public boolean stageExists() {
		return deploymentId != null;
	}

}

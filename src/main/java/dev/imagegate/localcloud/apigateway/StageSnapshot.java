package dev.imagegate.localcloud.apigateway;

import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.ApiSnapshot;
import dev.imagegate.localcloud.apigateway.model.MethodSetting;

/**
 * What the execute-api data plane serves for one stage: the frozen API of the stage's
 * deployment, the stage variables and the stage's method settings (throttling).
 *
 * @param methodSettings by {@code resourcePath/METHOD}; {@code *}{@code /*} holds
 * stage-wide settings
 */
public record StageSnapshot(String apiId, String stageName, String deploymentId, ApiSnapshot api,
		Map<String, String> variables, Map<String, MethodSetting> methodSettings) {

	/** Stage-wide steady-state rate limit (requests per second), if one was set. */
	public Double throttlingRateLimit() {
		MethodSetting all = methodSettings.get("*/*");
		return (all != null) ? all.throttlingRateLimit : null;
	}

	/** Stage-wide burst limit, if one was set. */
	public Integer throttlingBurstLimit() {
		MethodSetting all = methodSettings.get("*/*");
		return (all != null) ? all.throttlingBurstLimit : null;
	}

}

package dev.imagegate.proxyapi;

import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import software.amazon.awssdk.services.apigateway.model.MethodSetting;

/**
 * Stage throttling, as API Gateway's method settings for all methods ({@code /*\/*}).
 *
 * @param rateLimit steady-state requests per second
 * @param burstLimit bucket size for bursts
 */
public record Throttle(@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") Double rateLimit,
		@NotNull @Min(0) @Max(5000) Integer burstLimit) {

	/** The key of a stage's method settings that apply to every method. */
	public static final String ALL_METHODS = "*/*";

	/**
	 * The throttling a stage applies to all its methods, or null when it applies none.
	 */
	public static Throttle ofStage(Map<String, MethodSetting> methodSettings) {
		MethodSetting all = methodSettings.get(ALL_METHODS);
		if (all == null || all.throttlingRateLimit() == null || all.throttlingRateLimit() < 0) {
			return null;
		}
		return new Throttle(all.throttlingRateLimit(), all.throttlingBurstLimit());
	}

}

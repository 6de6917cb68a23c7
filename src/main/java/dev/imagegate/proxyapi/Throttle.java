package dev.imagegate.proxyapi;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Stage throttling, as API Gateway's method settings for all methods ({@code /*\/*}).
 *
 * @param rateLimit steady-state requests per second
 * @param burstLimit bucket size for bursts
 */
public record Throttle(@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") Double rateLimit,
		@NotNull @Min(0) @Max(5000) Integer burstLimit) {
}

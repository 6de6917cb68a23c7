package dev.imagegate.cloud;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the portal reaches a cloud.
 *
 * @param mode local (embedded local cloud) or aws (SDK default chains, honouring
 * {@code AWS_ENDPOINT_URL})
 * @param region region for the clients; blank means the SDK's default region chain in aws
 * mode and {@code us-east-1} in local mode
 * @param apiCallTimeout upper bound for one SDK call, retries included
 * @param apiCallAttemptTimeout upper bound for a single HTTP attempt
 * @param apiGatewayMaxAttempts attempts per API Gateway call, retries of throttled calls
 * included (its control plane is strictly rate limited)
 */
@Validated
@ConfigurationProperties("imagegate.cloud")
public record CloudProperties(@NotNull @DefaultValue("local") CloudMode mode, @DefaultValue("") String region,
		@NotNull @DefaultValue("60s") Duration apiCallTimeout,
		@NotNull @DefaultValue("10s") Duration apiCallAttemptTimeout,
		@Min(1) @Max(20) @DefaultValue("8") int apiGatewayMaxAttempts) {

	public boolean hasRegion() {
		return region != null && !region.isBlank();
	}

}

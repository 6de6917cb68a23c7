package dev.imagegate.localcloud;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded local cloud (mode {@code local}).
 *
 * @param port its one port for S3, IAM, STS, API Gateway and execute-api; 0 picks a free
 * one
 * @param bindAddress the interface it listens on; loopback by default because it accepts
 * any credentials
 * @param hostname the host name put into the URLs it hands out (invoke URLs, endpoint)
 * @param dataDir where it keeps buckets, objects, roles and APIs across restarts
 * @param accountId the account id in the ARNs it makes
 * @param region the region it claims to be
 */
@Validated
@ConfigurationProperties("imagegate.local")
public record LocalCloudProperties(@Min(0) @Max(65535) @DefaultValue("4566") int port,
		@NotBlank @DefaultValue("127.0.0.1") String bindAddress, @NotBlank @DefaultValue("localhost") String hostname,
		@NotNull @DefaultValue("./data") Path dataDir,
		@NotNull @Pattern(regexp = "\\d{12}",
				message = "must be 12 digits, like an AWS account id") @DefaultValue("000000000000") String accountId,
		@NotNull @Pattern(regexp = "[a-z]{2}(-[a-z]+)+-\\d",
				message = "must look like an AWS region, e.g. us-east-1") @DefaultValue("us-east-1") String region) {
}

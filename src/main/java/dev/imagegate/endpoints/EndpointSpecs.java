package dev.imagegate.endpoints;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.proxyapi.ProxyApiDesign;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.RoleMode;
import dev.imagegate.proxyapi.Throttle;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

import org.springframework.stereotype.Service;

/**
 * The spec a managed endpoint runs with, read back from AWS (the portal keeps no
 * database): names from the API's tags, the role mode from the policies on its role,
 * throttling from its stage, Cache-Control and CORS from the fixed headers of its 200
 * integration response. Provisioning this spec again redeploys the endpoint as it is.
 */
@Service
public class EndpointSpecs {

	private static final String RESPONSE_HEADER = "method.response.header.";

	private final EndpointDiscovery discovery;

	private final AwsClients clients;

	public EndpointSpecs(EndpointDiscovery discovery, AwsClients clients) {
		this.clients = clients;
		this.discovery = discovery;
	}

	/**
	 * The endpoint's current spec, or empty when there is no such managed endpoint.
	 * @throws EndpointNotManageableException when its tags hold what imagegate never
	 * writes
	 */
	public Optional<ProxyApiSpec> current(String apiId) {
		return discovery.find(apiId).map((endpoint) -> {
			if (!endpoint.manageable()) {
				throw new EndpointNotManageableException(apiId, endpoint.problem());
			}
			return specOf(endpoint);
		});
	}

	ProxyApiSpec specOf(ManagedEndpoint endpoint) {
		Map<String, String> fixed = fixedImageHeaders(endpoint.apiId(), endpoint.resource());
		return new ProxyApiSpec(endpoint.bucket(), null, false, endpoint.prefix(), endpoint.name(), endpoint.resource(),
				endpoint.queryParameter(), endpoint.stage(), roleMode(endpoint.roleName()),
				throttle(endpoint.apiId(), endpoint.stage()), fixed.getOrDefault("Cache-Control", ""),
				fixed.getOrDefault(ProxyApiDesign.ALLOW_ORIGIN, ""));
	}

	/**
	 * The headers an image's answer gets as fixed values (static mappings such as
	 * {@code 'public, max-age=86400'}) from the 200 integration response of the API's
	 * GET; a header mapped from S3's is not there. None when the method is not there yet.
	 */
	private Map<String, String> fixedImageHeaders(String apiId, String resource) {
		try {
			String resourceId = clients.apiGateway()
				.getResourcesPaginator((g) -> g.restApiId(apiId).limit(500))
				.items()
				.stream()
				.filter((r) -> ("/" + resource).equals(r.path()))
				.findFirst()
				.map((r) -> r.id())
				.orElse(null);
			if (resourceId == null) {
				return Map.of();
			}
			Map<String, String> mappings = clients.apiGateway()
				.getIntegrationResponse(
						(g) -> g.restApiId(apiId).resourceId(resourceId).httpMethod("GET").statusCode("200"))
				.responseParameters();
			Map<String, String> fixed = new HashMap<>();
			mappings.forEach((target, source) -> {
				if (target.startsWith(RESPONSE_HEADER) && source.length() >= 2 && source.startsWith("'")
						&& source.endsWith("'")) {
					fixed.put(target.substring(RESPONSE_HEADER.length()), source.substring(1, source.length() - 1));
				}
			});
			return fixed;
		}
		catch (NotFoundException ex) {
			return Map.of();
		}
	}

	/**
	 * The broad mode only when its managed policy is attached; a missing role is
	 * recreated least-privilege.
	 */
	private RoleMode roleMode(String roleName) {
		if (roleName == null) {
			return RoleMode.LEAST_PRIVILEGE;
		}
		try {
			boolean broad = clients.iam()
				.listAttachedRolePoliciesPaginator((l) -> l.roleName(roleName))
				.attachedPolicies()
				.stream()
				.anyMatch((policy) -> policy.policyArn().endsWith(ProxyApiDesign.S3_READ_ONLY_ARN_SUFFIX));
			return broad ? RoleMode.S3_READ_ONLY : RoleMode.LEAST_PRIVILEGE;
		}
		catch (NoSuchEntityException ex) {
			return RoleMode.LEAST_PRIVILEGE;
		}
	}

	private Throttle throttle(String apiId, String stage) {
		try {
			return Throttle
				.ofStage(clients.apiGateway().getStage((g) -> g.restApiId(apiId).stageName(stage)).methodSettings());
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

}

package dev.imagegate.endpoints;

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
 * The spec a managed endpoint runs with, read back from AWS (the portal keeps no database):
 * names from the API's tags, the role mode from the policies on its role, throttling from
 * its stage. Provisioning this spec again redeploys the endpoint as it is.
 */
@Service
public class EndpointSpecs {

	private final EndpointDiscovery discovery;

	private final AwsClients clients;

	public EndpointSpecs(EndpointDiscovery discovery, AwsClients clients) {
		this.clients = clients;
		this.discovery = discovery;
	}

	/**
	 * The endpoint's current spec, or empty when there is no such managed endpoint.
	 * @throws EndpointNotManageableException when its tags hold what imagegate never writes
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
		return new ProxyApiSpec(endpoint.bucket(), null, false, endpoint.prefix(), endpoint.name(), endpoint.resource(),
				endpoint.queryParameter(), endpoint.stage(), roleMode(endpoint.roleName()),
				throttle(endpoint.apiId(), endpoint.stage()));
	}

	/** The broad mode only when its managed policy is attached; a missing role is recreated least-privilege. */
	private RoleMode roleMode(String roleName) {
		if (roleName == null) {
			return RoleMode.LEAST_PRIVILEGE;
		}
		try {
			boolean broad = clients.iam().listAttachedRolePoliciesPaginator((l) -> l.roleName(roleName))
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
			return Throttle.ofStage(clients.apiGateway().getStage((g) -> g.restApiId(apiId).stageName(stage)).methodSettings());
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

}

package dev.imagegate.endpoints;

import java.util.List;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.proxyapi.ProxyApiDesign;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

import org.springframework.stereotype.Service;

/**
 * Removes a managed proxy API and its role: the API first (so it stops serving), then the
 * role's policies and the role. Only what carries imagegate's tag; the bucket and its
 * images stay unless the images are explicitly asked to go too.
 */
@Service
public class EndpointTeardown {

	private static final Logger log = LoggerFactory.getLogger(EndpointTeardown.class);

	private final EndpointDiscovery discovery;

	private final AwsClients clients;

	public EndpointTeardown(EndpointDiscovery discovery, AwsClients clients) {
		this.clients = clients;
		this.discovery = discovery;
	}

	/**
	 * Tears the endpoint down; returns what was removed, or throws
	 * {@link EndpointNotFoundException} when there is no managed API with this id.
	 */
	public TeardownResult teardown(String apiId, boolean deleteImages) {
		ManagedEndpoint endpoint = discovery.find(apiId).orElseThrow(() -> new EndpointNotFoundException(apiId));
		clients.apiGateway().deleteRestApi((d) -> d.restApiId(apiId));
		if (!endpoint.manageable()) {
			// Its role and prefix come from tags changed outside imagegate: they may name
			// someone else's.
			log.info("Tore down proxy API {} ({}) only, as it is {}", apiId, endpoint.name(), endpoint.problem());
			return new TeardownResult(apiId, endpoint.name(), endpoint.roleName(), false, 0);
		}
		boolean roleDeleted = deleteRole(endpoint.roleName());
		int imagesDeleted = deleteImages ? deleteImages(endpoint.bucket(), endpoint.prefix()) : 0;
		log.info("Tore down proxy API {} ({}); role deleted: {}; images deleted: {}", apiId, endpoint.name(),
				roleDeleted, imagesDeleted);
		return new TeardownResult(apiId, endpoint.name(), endpoint.roleName(), roleDeleted, imagesDeleted);
	}

	private boolean deleteRole(String roleName) {
		if (roleName == null) {
			return false;
		}
		Role role;
		try {
			role = clients.iam().getRole((g) -> g.roleName(roleName)).role();
		}
		catch (NoSuchEntityException ex) {
			return false;
		}
		if (role.tags().stream().noneMatch((tag) -> tag.key().equals(ProxyApiDesign.TAG_MANAGED))) {
			return false;
		}
		for (String policy : clients.iam().listRolePoliciesPaginator((l) -> l.roleName(roleName)).policyNames()) {
			clients.iam().deleteRolePolicy((d) -> d.roleName(roleName).policyName(policy));
		}
		clients.iam()
			.listAttachedRolePoliciesPaginator((l) -> l.roleName(roleName))
			.attachedPolicies()
			.forEach((policy) -> clients.iam()
				.detachRolePolicy((d) -> d.roleName(roleName).policyArn(policy.policyArn())));
		clients.iam().deleteRole((d) -> d.roleName(roleName));
		return true;
	}

	/**
	 * Deletes the objects under the prefix, a thousand at a time (DeleteObjects' limit).
	 */
	private int deleteImages(String bucket, String prefix) {
		int deleted = 0;
		for (var page : clients.s3().listObjectsV2Paginator((l) -> l.bucket(bucket).prefix(prefix).maxKeys(1000))) {
			List<ObjectIdentifier> keys = page.contents()
				.stream()
				.map((o) -> ObjectIdentifier.builder().key(o.key()).build())
				.toList();
			if (!keys.isEmpty()) {
				clients.s3().deleteObjects((d) -> d.bucket(bucket).delete((del) -> del.objects(keys).quiet(true)));
				deleted += keys.size();
			}
		}
		return deleted;
	}

	public record TeardownResult(String apiId, String name, String roleName, boolean roleDeleted, int imagesDeleted) {
	}

}

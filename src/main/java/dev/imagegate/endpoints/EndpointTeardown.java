package dev.imagegate.endpoints;

import java.util.List;

import dev.imagegate.proxyapi.ProxyApiDesign;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.s3.S3Client;
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

	private final ApiGatewayClient apiGateway;

	private final IamClient iam;

	private final S3Client s3;

	public EndpointTeardown(EndpointDiscovery discovery, ApiGatewayClient apiGateway, IamClient iam, S3Client s3) {
		this.discovery = discovery;
		this.apiGateway = apiGateway;
		this.iam = iam;
		this.s3 = s3;
	}

	/**
	 * Tears the endpoint down; returns what was removed, or throws
	 * {@link EndpointNotFoundException} when there is no managed API with this id.
	 */
	public TeardownResult teardown(String apiId, boolean deleteImages) {
		ManagedEndpoint endpoint = discovery.find(apiId).orElseThrow(() -> new EndpointNotFoundException(apiId));
		apiGateway.deleteRestApi((d) -> d.restApiId(apiId));
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
			role = iam.getRole((g) -> g.roleName(roleName)).role();
		}
		catch (NoSuchEntityException ex) {
			return false;
		}
		if (role.tags().stream().noneMatch((tag) -> tag.key().equals(ProxyApiDesign.TAG_MANAGED))) {
			return false;
		}
		for (String policy : iam.listRolePoliciesPaginator((l) -> l.roleName(roleName)).policyNames()) {
			iam.deleteRolePolicy((d) -> d.roleName(roleName).policyName(policy));
		}
		iam.listAttachedRolePoliciesPaginator((l) -> l.roleName(roleName))
			.attachedPolicies()
			.forEach((policy) -> iam.detachRolePolicy((d) -> d.roleName(roleName).policyArn(policy.policyArn())));
		iam.deleteRole((d) -> d.roleName(roleName));
		return true;
	}

	/** Deletes the objects under the prefix, a thousand at a time (DeleteObjects' limit). */
	private int deleteImages(String bucket, String prefix) {
		int deleted = 0;
		for (var page : s3.listObjectsV2Paginator((l) -> l.bucket(bucket).prefix(prefix).maxKeys(1000))) {
			List<ObjectIdentifier> keys = page.contents()
				.stream()
				.map((o) -> ObjectIdentifier.builder().key(o.key()).build())
				.toList();
			if (!keys.isEmpty()) {
				s3.deleteObjects((d) -> d.bucket(bucket).delete((del) -> del.objects(keys).quiet(true)));
				deleted += keys.size();
			}
		}
		return deleted;
	}

	public record TeardownResult(String apiId, String name, String roleName, boolean roleDeleted, int imagesDeleted) {
	}

}

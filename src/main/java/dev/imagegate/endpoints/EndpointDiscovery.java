package dev.imagegate.endpoints;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.proxyapi.InvokeUrls;
import dev.imagegate.proxyapi.ProxyApiDesign;
import dev.imagegate.proxyapi.ProxyApiSpec;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.RestApi;

import org.springframework.stereotype.Service;

/**
 * Finds imagegate's proxy APIs in the account by their tags: AWS is the source of truth,
 * the portal keeps no database.
 */
@Service
public class EndpointDiscovery {

	private final InvokeUrls invokeUrls;

	private final AwsClients clients;

	private final EndpointTags tags;

	public EndpointDiscovery(AwsClients clients, InvokeUrls invokeUrls, Validator validator) {
		this.clients = clients;
		this.invokeUrls = invokeUrls;
		this.tags = new EndpointTags(validator);
	}

	/** Every managed endpoint, newest first. */
	public List<ManagedEndpoint> list() {
		return clients.apiGateway()
			.getRestApisPaginator((g) -> g.limit(500))
			.items()
			.stream()
			.filter(EndpointDiscovery::isManaged)
			.map(this::describe)
			.sorted(Comparator
				.comparing(ManagedEndpoint::created, Comparator.nullsLast(Comparator.<java.time.Instant>naturalOrder()))
				.reversed())
			.toList();
	}

	/**
	 * The managed endpoint of this API name, if any: imagegate's names are unique among
	 * its APIs.
	 */
	public Optional<ManagedEndpoint> findByName(String apiName) {
		return list().stream().filter((endpoint) -> endpoint.name().equals(apiName)).findFirst();
	}

	/**
	 * One managed endpoint, or empty when there is no such API or it is not imagegate's.
	 */
	public Optional<ManagedEndpoint> find(String apiId) {
		try {
			var api = clients.apiGateway().getRestApi((g) -> g.restApiId(apiId));
			if (!"true".equals(api.tags().get(ProxyApiDesign.TAG_MANAGED))) {
				return Optional.empty();
			}
			return Optional.of(describe(api.id(), api.name(), api.tags(), api.createdDate()));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	static boolean isManaged(RestApi api) {
		return "true".equals(api.tags().get(ProxyApiDesign.TAG_MANAGED));
	}

	private ManagedEndpoint describe(RestApi api) {
		return describe(api.id(), api.name(), api.tags(), api.createdDate());
	}

	private ManagedEndpoint describe(String id, String name, Map<String, String> tags, java.time.Instant created) {
		String stage = tags.getOrDefault(ProxyApiDesign.TAG_STAGE, ProxyApiSpec.DEFAULT_STAGE);
		String resource = tags.getOrDefault(ProxyApiDesign.TAG_RESOURCE, ProxyApiSpec.DEFAULT_RESOURCE);
		String parameter = tags.getOrDefault(ProxyApiDesign.TAG_PARAMETER, ProxyApiSpec.DEFAULT_QUERY_PARAMETER);
		Map<String, String> withDefaults = new HashMap<>(tags);
		withDefaults.put(ProxyApiDesign.TAG_STAGE, stage);
		withDefaults.put(ProxyApiDesign.TAG_RESOURCE, resource);
		withDefaults.put(ProxyApiDesign.TAG_PARAMETER, parameter);
		String problem = this.tags.problem(name, withDefaults).orElse(null);
		// No invoke URL is built from values that failed the check.
		String invokeUrl = (problem == null) ? invokeUrls.template(id, stage, resource, parameter) : null;
		return new ManagedEndpoint(id, name, tags.get(ProxyApiDesign.TAG_BUCKET),
				tags.getOrDefault(ProxyApiDesign.TAG_PREFIX, ""), stage, resource, parameter,
				tags.get(ProxyApiDesign.TAG_ROLE), invokeUrl, created, problem);
	}

}

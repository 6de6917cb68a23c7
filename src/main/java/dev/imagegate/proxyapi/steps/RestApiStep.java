package dev.imagegate.proxyapi.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.proxyapi.ProxyApiDesign;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.EndpointType;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.RestApi;

/**
 * The tutorial's step 3: the REST API, regional, with binary media type {@code *&#47;*}
 * set at creation (the tutorial's step 10, done up front) and tagged as imagegate's.
 */
public class RestApiStep implements ProvisioningStep {

	static final String ALL_TYPES = ProxyApiDesign.BINARY_MEDIA_TYPE;

	private final AwsClients clients;

	public RestApiStep(AwsClients clients) {
		this.clients = clients;
	}

	@Override
	public String name() {
		return "rest-api";
	}

	@Override
	public String title() {
		return "REST API with binary media types";
	}

	@Override
	public List<Change> changes(ProvisioningContext context) {
		ProxyApiDesign design = context.design();
		String name = context.spec().apiName();
		Optional<RestApi> existing = findByName(clients.apiGateway(), name);
		List<Change> changes = new ArrayList<>();
		if (existing.isEmpty()) {
			changes.add(create(context));
			return changes;
		}
		RestApi api = existing.get();
		if (!"true".equals(api.tags().get(ProxyApiDesign.TAG_MANAGED))) {
			throw new StepFailure("ApiNotManaged",
					"A REST API named " + name + " exists but was not created by imagegate; choose another API name.");
		}
		context.apiId = api.id();
		context.rootResourceId = api.rootResourceId();
		context.id("apiId", api.id());
		if (!api.binaryMediaTypes().contains(ALL_TYPES)) {
			changes.add(new Change("UpdateRestApi",
					Cli.of("apigateway", "update-rest-api")
						.arg("--rest-api-id", api.id())
						.arg("--patch-operations", "op=add,path=/binaryMediaTypes/*~1*")
						.toString(),
					() -> {
						clients.apiGateway()
							.updateRestApi((u) -> u.restApiId(api.id())
								.patchOperations((p) -> p.op(Op.ADD).path("/binaryMediaTypes/*~1*")));
						context.apiChanged = true;
					}));
		}
		Map<String, String> wanted = design.apiTags();
		if (!api.tags().entrySet().containsAll(wanted.entrySet())) {
			changes.add(new Change("TagResource",
					Cli.of("apigateway", "tag-resource")
						.arg("--resource-arn", apiArn(design, api.id()))
						.map("--tags", wanted)
						.toString(),
					() -> clients.apiGateway()
						.tagResource((t) -> t.resourceArn(apiArn(design, api.id())).tags(wanted))));
		}
		return changes;
	}

	private Change create(ProvisioningContext context) {
		ProxyApiDesign design = context.design();
		String description = context.design().apiDescription();
		return new Change("CreateRestApi",
				Cli.of("apigateway", "create-rest-api")
					.arg("--name", context.spec().apiName())
					.arg("--description", description)
					.arg("--binary-media-types", ALL_TYPES)
					.arg("--endpoint-configuration", "types=" + ProxyApiDesign.ENDPOINT_TYPE)
					.map("--tags", design.apiTags())
					.toString(),
				() -> {
					CreateRestApiResponse api = clients.apiGateway()
						.createRestApi((c) -> c.name(context.spec().apiName())
							.description(description)
							.binaryMediaTypes(ALL_TYPES)
							.endpointConfiguration((e) -> e.types(EndpointType.fromValue(ProxyApiDesign.ENDPOINT_TYPE)))
							.tags(design.apiTags()));
					context.apiId = api.id();
					context.apiCreated = true;
					context.rootResourceId = api.rootResourceId();
					context.apiChanged = true;
					context.id("apiId", api.id());
				});
	}

	/** The imagegate-or-not API with this name, following GetRestApis' pages. */
	static Optional<RestApi> findByName(ApiGatewayClient apiGateway, String name) {
		return apiGateway.getRestApisPaginator((g) -> g.limit(500))
			.items()
			.stream()
			.filter((api) -> name.equals(api.name()))
			.findFirst();
	}

	static String apiArn(ProxyApiDesign design, String apiId) {
		return "arn:" + design.partition() + ":apigateway:" + design.region() + "::/restapis/" + apiId;
	}

}

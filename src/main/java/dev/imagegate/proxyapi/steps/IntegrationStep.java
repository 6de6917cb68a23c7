package dev.imagegate.proxyapi.steps;

import java.util.ArrayList;
import java.util.List;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.proxyapi.ProxyApiDesign;
import software.amazon.awssdk.services.apigateway.model.Integration;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;

/**
 * The tutorial's step 7 (integration request): an AWS integration calling S3's GetObject
 * on {@code {bucket}/{prefix}{key}} as the role, with the query parameter mapped into the
 * path, {@code Accept} set as in the tutorial and {@code If-None-Match} passed through.
 */
public class IntegrationStep implements ProvisioningStep {

	private final AwsClients clients;

	public IntegrationStep(AwsClients clients) {
		this.clients = clients;
	}

	@Override
	public String name() {
		return "integration";
	}

	@Override
	public String title() {
		return "S3 integration request";
	}

	@Override
	public List<Change> changes(ProvisioningContext context) {
		Integration current = (context.method != null) ? context.method.methodIntegration() : null;
		if (current != null && matches(current, context)) {
			return List.of();
		}
		ProxyApiDesign design = context.design();
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("PutIntegration",
				Cli.of("apigateway", "put-integration")
					.arg("--rest-api-id", context.apiIdOrPlaceholder())
					.arg("--resource-id", context.resourceIdOrPlaceholder())
					.arg("--http-method", "GET")
					.arg("--type", "AWS")
					.arg("--integration-http-method", "GET")
					.arg("--uri", design.integrationUri())
					.arg("--credentials", context.roleArnOrPlaceholder())
					.arg("--passthrough-behavior", ProxyApiDesign.PASSTHROUGH_BEHAVIOR)
					.map("--request-parameters", design.integrationRequestParameters())
					.toString(),
				() -> {
					clients.apiGateway()
						.putIntegration((p) -> p.restApiId(context.apiId)
							.resourceId(context.resourceId)
							.httpMethod("GET")
							.type(IntegrationType.AWS)
							.integrationHttpMethod("GET")
							.uri(design.integrationUri())
							.credentials(context.roleArn)
							.passthroughBehavior(ProxyApiDesign.PASSTHROUGH_BEHAVIOR)
							.requestParameters(design.integrationRequestParameters()));
					context.apiChanged = true;
					// A replaced integration comes without integration responses; the
					// method keeps its
					// method responses (forgetting them made the next step put them
					// again: a conflict).
					context.method = (context.method != null)
							? context.method.toBuilder().methodIntegration((Integration) null).build() : null;
				}));
		return changes;
	}

	private static boolean matches(Integration integration, ProvisioningContext context) {
		ProxyApiDesign design = context.design();
		return integration.type() == IntegrationType.AWS && "GET".equals(integration.httpMethod())
				&& design.integrationUri().equals(integration.uri()) && context.roleArn != null
				&& context.roleArn.equals(integration.credentials())
				&& design.integrationRequestParameters().equals(integration.requestParameters())
				&& ProxyApiDesign.PASSTHROUGH_BEHAVIOR.equals(integration.passthroughBehavior());
	}

}

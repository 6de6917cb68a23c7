package dev.imagegate.proxyapi.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.proxyapi.ProxyApiDesign;
import software.amazon.awssdk.services.apigateway.model.ContentHandlingStrategy;
import software.amazon.awssdk.services.apigateway.model.IntegrationResponse;
import software.amazon.awssdk.services.apigateway.model.MethodResponse;

/**
 * The tutorial's steps 8 and 9 (integration and method responses), improved: S3's real
 * Content-Type and caching headers reach the client (on errors too, so S3's XML is not
 * labelled JSON), a missing image is a 404, a revalidated one a 304, and bodies go out as
 * binary even to clients that send no Accept.
 */
public class ResponsesStep implements ProvisioningStep {

	/**
	 * Every body goes out as S3 sent it, whatever the client's Accept says: with binary
	 * media type {@code *}{@code /*}, a client without Accept would otherwise get an
	 * image, or S3's XML error under its own Content-Type, base64-encoded.
	 */
	private static final ContentHandlingStrategy CONTENT_HANDLING = ContentHandlingStrategy
		.fromValue(ProxyApiDesign.RESPONSE_CONTENT_HANDLING);

	private final AwsClients clients;

	public ResponsesStep(AwsClients clients) {
		this.clients = clients;
	}

	@Override
	public String name() {
		return "responses";
	}

	@Override
	public String title() {
		return "Method and integration responses";
	}

	@Override
	public List<Change> changes(ProvisioningContext context) {
		ProxyApiDesign design = context.design();
		Map<String, MethodResponse> methodResponses = (context.method != null) ? context.method.methodResponses()
				: Map.of();
		Map<String, IntegrationResponse> integrationResponses = (context.method != null
				&& context.method.methodIntegration() != null)
						? context.method.methodIntegration().integrationResponses() : Map.of();
		List<Change> changes = new ArrayList<>();
		for (String status : design.methodResponses().keySet()) {
			MethodResponse current = methodResponses.get(status);
			Map<String, Boolean> wanted = design.methodResponseParameters(status);
			if (current == null || !wanted.equals(current.responseParameters())) {
				if (current != null) {
					changes.add(deleteMethodResponse(context, status));
				}
				changes.add(putMethodResponse(context, status, wanted));
			}
		}
		for (Map.Entry<String, String> pattern : design.integrationResponsePatterns().entrySet()) {
			String status = pattern.getKey();
			IntegrationResponse current = integrationResponses.get(status);
			if (current == null || !matches(current, pattern.getValue(), design.integrationResponseParameters(status),
					CONTENT_HANDLING)) {
				changes.add(putIntegrationResponse(context, status, pattern.getValue()));
			}
		}
		return changes;
	}

	private static boolean matches(IntegrationResponse current, String pattern, Map<String, String> parameters,
			ContentHandlingStrategy handling) {
		return Objects.equals(emptyToNull(current.selectionPattern()), pattern)
				&& parameters.equals(current.responseParameters()) && current.contentHandling() == handling;
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	private Change deleteMethodResponse(ProvisioningContext context, String status) {
		return new Change("DeleteMethodResponse",
				Cli.of("apigateway", "delete-method-response")
					.arg("--rest-api-id", context.apiIdOrPlaceholder())
					.arg("--resource-id", context.resourceIdOrPlaceholder())
					.arg("--http-method", "GET")
					.arg("--status-code", status)
					.toString(),
				() -> {
					clients.apiGateway()
						.deleteMethodResponse((d) -> d.restApiId(context.apiId)
							.resourceId(context.resourceId)
							.httpMethod("GET")
							.statusCode(status));
					context.apiChanged = true;
				});
	}

	private Change putMethodResponse(ProvisioningContext context, String status, Map<String, Boolean> parameters) {
		Cli cli = Cli.of("apigateway", "put-method-response")
			.arg("--rest-api-id", context.apiIdOrPlaceholder())
			.arg("--resource-id", context.resourceIdOrPlaceholder())
			.arg("--http-method", "GET")
			.arg("--status-code", status);
		if (!parameters.isEmpty()) {
			cli.map("--response-parameters", parameters);
		}
		return new Change("PutMethodResponse", cli.toString(), () -> {
			clients.apiGateway()
				.putMethodResponse((p) -> p.restApiId(context.apiId)
					.resourceId(context.resourceId)
					.httpMethod("GET")
					.statusCode(status)
					.responseParameters(parameters));
			context.apiChanged = true;
		});
	}

	private Change putIntegrationResponse(ProvisioningContext context, String status, String pattern) {
		Map<String, String> parameters = context.design().integrationResponseParameters(status);
		ContentHandlingStrategy handling = CONTENT_HANDLING;
		Cli cli = Cli.of("apigateway", "put-integration-response")
			.arg("--rest-api-id", context.apiIdOrPlaceholder())
			.arg("--resource-id", context.resourceIdOrPlaceholder())
			.arg("--http-method", "GET")
			.arg("--status-code", status);
		if (pattern != null) {
			cli.arg("--selection-pattern", pattern);
		}
		if (!parameters.isEmpty()) {
			cli.map("--response-parameters", parameters);
		}
		if (handling != null) {
			cli.arg("--content-handling", handling.toString());
		}
		return new Change("PutIntegrationResponse", cli.toString(), () -> {
			clients.apiGateway()
				.putIntegrationResponse((p) -> p.restApiId(context.apiId)
					.resourceId(context.resourceId)
					.httpMethod("GET")
					.statusCode(status)
					.selectionPattern(pattern)
					.responseParameters(parameters)
					.contentHandling(handling));
			context.apiChanged = true;
		});
	}

}

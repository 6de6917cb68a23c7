package dev.imagegate.proxyapi.steps;

import java.util.ArrayList;
import java.util.List;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.proxyapi.ProxyApiDesign;
import software.amazon.awssdk.services.apigateway.model.GetMethodResponse;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.RequestValidator;

/**
 * The tutorial's steps 5 and 6 (method and method request): GET with the query parameter
 * required and actually checked by a request validator, so a missing parameter is a 400;
 * {@code If-None-Match} accepted so browsers' revalidations reach S3.
 */
public class MethodStep implements ProvisioningStep {

	private final AwsClients clients;

	public MethodStep(AwsClients clients) {
		this.clients = clients;
	}

	@Override
	public String name() {
		return "method";
	}

	@Override
	public String title() {
		return "GET method and request validation";
	}

	@Override
	public List<Change> changes(ProvisioningContext context) {
		List<Change> changes = new ArrayList<>();
		if (context.apiId != null && !context.apiCreated) {
			// A REST API has at most a handful of validators: one page of 500 holds them
			// all.
			clients.apiGateway()
				.getRequestValidators((g) -> g.restApiId(context.apiId).limit(500))
				.items()
				.stream()
				.filter((v) -> ProxyApiDesign.VALIDATOR_NAME.equals(v.name()))
				.filter((v) -> Boolean.TRUE.equals(v.validateRequestParameters()))
				.map(RequestValidator::id)
				.findFirst()
				.ifPresent((id) -> context.validatorId = id);
		}
		if (context.validatorId == null) {
			changes.add(new Change("CreateRequestValidator",
					Cli.of("apigateway", "create-request-validator")
						.arg("--rest-api-id", context.apiIdOrPlaceholder())
						.arg("--name", ProxyApiDesign.VALIDATOR_NAME)
						.flag("--validate-request-parameters")
						.toString(),
					() -> {
						context.validatorId = clients.apiGateway()
							.createRequestValidator((c) -> c.restApiId(context.apiId)
								.name(ProxyApiDesign.VALIDATOR_NAME)
								.validateRequestParameters(true)
								.validateRequestBody(false))
							.id();
						context.apiChanged = true;
						context.id("requestValidatorId", context.validatorId);
					}));
		}
		else {
			context.id("requestValidatorId", context.validatorId);
		}
		context.method = (context.resourceId != null) ? findMethod(context) : null;
		if (context.method != null && !matches(context.method, context)) {
			changes.add(new Change("DeleteMethod",
					Cli.of("apigateway", "delete-method")
						.arg("--rest-api-id", context.apiId)
						.arg("--resource-id", context.resourceId)
						.arg("--http-method", "GET")
						.toString(),
					() -> {
						clients.apiGateway()
							.deleteMethod(
									(d) -> d.restApiId(context.apiId).resourceId(context.resourceId).httpMethod("GET"));
						context.apiChanged = true;
					}));
			context.method = null;
		}
		if (context.method == null) {
			changes.add(putMethod(context));
		}
		return changes;
	}

	private GetMethodResponse findMethod(ProvisioningContext context) {
		try {
			return clients.apiGateway()
				.getMethod((g) -> g.restApiId(context.apiId).resourceId(context.resourceId).httpMethod("GET"));
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private static boolean matches(GetMethodResponse method, ProvisioningContext context) {
		return "NONE".equals(method.authorizationType()) && !Boolean.TRUE.equals(method.apiKeyRequired())
				&& context.design().methodRequestParameters().equals(method.requestParameters())
				&& context.validatorId != null && context.validatorId.equals(method.requestValidatorId());
	}

	private Change putMethod(ProvisioningContext context) {
		ProxyApiDesign design = context.design();
		return new Change("PutMethod", Cli.of("apigateway", "put-method")
			.arg("--rest-api-id", context.apiIdOrPlaceholder())
			.arg("--resource-id", context.resourceIdOrPlaceholder())
			.arg("--http-method", "GET")
			.arg("--authorization-type", "NONE")
			.arg("--request-validator-id", (context.validatorId != null) ? context.validatorId : "<new-validator-id>")
			.map("--request-parameters", design.methodRequestParameters())
			.toString(), () -> {
				clients.apiGateway()
					.putMethod((p) -> p.restApiId(context.apiId)
						.resourceId(context.resourceId)
						.httpMethod("GET")
						.authorizationType("NONE")
						.apiKeyRequired(false)
						.requestValidatorId(context.validatorId)
						.requestParameters(design.methodRequestParameters()));
				context.apiChanged = true;
			});
	}

}

package dev.imagegate.proxyapi.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.proxyapi.ProxyApiDesign;
import dev.imagegate.proxyapi.Throttle;
import software.amazon.awssdk.services.apigateway.model.GetStageResponse;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;

/**
 * The tutorial's "Deploy API": a deployment to the stage whenever the API changed or the
 * stage serves another configuration (a stage variable holds a fingerprint of what was
 * deployed, so a run that failed before deploying still deploys next time), and the
 * stage's throttling as asked.
 */
public class DeploymentStep implements ProvisioningStep {

	private final AwsClients clients;

	public DeploymentStep(AwsClients clients) {
		this.clients = clients;
	}

	@Override
	public String name() {
		return "deployment";
	}

	@Override
	public String title() {
		return "Deployment to the stage";
	}

	@Override
	public List<Change> changes(ProvisioningContext context) {
		String stage = context.spec().stage();
		String fingerprint = context.design().configFingerprint(context.roleArnOrPlaceholder());
		GetStageResponse current = (context.apiId != null && !context.apiCreated) ? findStage(context.apiId, stage)
				: null;
		List<Change> changes = new ArrayList<>();
		boolean upToDate = current != null && !context.apiChanged
				&& fingerprint.equals(current.variables().get(ProxyApiDesign.CONFIG_VARIABLE));
		if (upToDate) {
			context.id("deploymentId", current.deploymentId());
		}
		else {
			changes.add(new Change("CreateDeployment",
					Cli.of("apigateway", "create-deployment")
						.arg("--rest-api-id", context.apiIdOrPlaceholder())
						.arg("--stage-name", stage)
						.arg("--variables", ProxyApiDesign.CONFIG_VARIABLE + "=" + fingerprint)
						.toString(),
					() -> context.id("deploymentId",
							clients.apiGateway()
								.createDeployment((c) -> c.restApiId(context.apiId)
									.stageName(stage)
									.description("imagegate configuration " + fingerprint)
									.variables(Map.of(ProxyApiDesign.CONFIG_VARIABLE, fingerprint)))
								.id())));
		}
		context.id("stage", stage);
		List<PatchOperation> throttling = throttlingChanges(current, context.spec().throttle());
		if (!throttling.isEmpty()) {
			changes.add(
					new Change("UpdateStage",
							Cli.of("apigateway", "update-stage")
								.arg("--rest-api-id", context.apiIdOrPlaceholder())
								.arg("--stage-name", stage)
								.args("--patch-operations", throttling.stream()
									.map((p) -> "op=" + p.opAsString() + ",path=" + p.path()
											+ ((p.value() != null) ? ",value=" + p.value() : ""))
									.toList())
								.toString(),
							() -> clients.apiGateway()
								.updateStage((u) -> u.restApiId(context.apiId)
									.stageName(stage)
									.patchOperations(throttling))));
		}
		return changes;
	}

	private GetStageResponse findStage(String apiId, String stage) {
		try {
			return clients.apiGateway().getStage((g) -> g.restApiId(apiId).stageName(stage));
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	/** Patch operations that bring the stage's throttling to what the spec asks. */
	static List<PatchOperation> throttlingChanges(GetStageResponse stage, Throttle wanted) {
		Throttle current = (stage != null) ? Throttle.ofStage(stage.methodSettings()) : null;
		if (wanted == null) {
			return (current != null) ? List.of(PatchOperation.builder().op(Op.REMOVE).path("/*/*").build()) : List.of();
		}
		List<PatchOperation> operations = new ArrayList<>();
		if (current == null || current.rateLimit().doubleValue() != wanted.rateLimit()) {
			operations.add(PatchOperation.builder()
				.op(Op.REPLACE)
				.path("/*/*/throttling/rateLimit")
				.value(String.valueOf(wanted.rateLimit()))
				.build());
		}
		if (current == null || current.burstLimit() == null || current.burstLimit().intValue() != wanted.burstLimit()) {
			operations.add(PatchOperation.builder()
				.op(Op.REPLACE)
				.path("/*/*/throttling/burstLimit")
				.value(String.valueOf(wanted.burstLimit()))
				.build());
		}
		return operations;
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;

/**
 * {@code AWS::ApiGateway::Deployment}: RestApiId, Description, StageName (a stage the
 * deployment creates, and deletes with it). A changed deployment is a new one. Ref is the
 * deployment's id.
 */
final class ApiDeploymentType implements ResourceType {

	private final CloudClients clients;

	ApiDeploymentType(CloudClients clients) {
		this.clients = clients;
	}

	@Override
	public String type() {
		return "AWS::ApiGateway::Deployment";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("DeploymentId");
	}

	@Override
	public Provisioned create(ResourceContext context, Properties properties) {
		Properties stage = properties.object("StageDescription");
		String id = clients.apiGateway()
			.createDeployment((d) -> d.restApiId(properties.required("RestApiId"))
				.description(properties.string("Description"))
				.stageName(properties.string("StageName"))
				.stageDescription((stage != null) ? stage.string("Description") : null))
			.id();
		return new Provisioned(id, Map.of("DeploymentId", id));
	}

	@Override
	public boolean needsReplacement(Properties old, Properties properties) {
		return true;
	}

	@Override
	public Provisioned update(ResourceContext context, StackState.Resource current, Properties properties) {
		throw new UnsupportedOperationException("a changed deployment is a new deployment");
	}

	@Override
	public void delete(StackState.Resource resource) {
		ApiGatewayClient apiGateway = clients.apiGateway();
		Properties properties = new Properties(resource.properties);
		String api = properties.string("RestApiId");
		String stageName = properties.string("StageName");
		if (stageName != null) {
			// The stage this deployment made goes with it; API Gateway refuses to delete
			// a deployment a stage uses.
			try {
				if (resource.physicalId
					.equals(apiGateway.getStage((g) -> g.restApiId(api).stageName(stageName)).deploymentId())) {
					apiGateway.deleteStage((d) -> d.restApiId(api).stageName(stageName));
				}
			}
			catch (NotFoundException ex) {
				// Already gone.
			}
		}
		apiGateway.deleteDeployment((d) -> d.restApiId(api).deploymentId(resource.physicalId));
	}

}

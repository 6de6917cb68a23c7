package dev.imagegate.localcloud.apigateway;

/** The wire side of deployments. */
final class DeploymentHandlers {

	private static final String DEPLOYMENTS = "/restapis/{restapi_id}/deployments";

	private static final String DEPLOYMENT = DEPLOYMENTS + "/{deployment_id}";

	private final DeploymentService service;

	DeploymentHandlers(DeploymentService service) {
		this.service = service;
	}

	void register(Router router) {
		router.add("POST", DEPLOYMENTS, "CreateDeployment", (call) -> {
			if (call.has("canarySettings")) {
				throw Errors.badRequest("canarySettings are not supported by the imagegate local cloud");
			}
			DeploymentService.StageRequest stage = new DeploymentService.StageRequest(
					emptyToNull(call.string("stageName")), call.string("stageDescription"),
					call.stringMap("variables"));
			return Reply.created(service.create(call.path("restapi_id"), call.string("description"), stage));
		})
			.add("GET", DEPLOYMENTS, "GetDeployments",
					(call) -> Reply.ok(Paging.page(service.list(call.path("restapi_id")), call)))
			.add("GET", DEPLOYMENT, "GetDeployment",
					(call) -> Reply.ok(service.get(call.path("restapi_id"), call.path("deployment_id"))))
			.add("DELETE", DEPLOYMENT, "DeleteDeployment", (call) -> {
				service.delete(call.path("restapi_id"), call.path("deployment_id"));
				return Reply.accepted();
			});
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}

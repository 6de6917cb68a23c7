package dev.imagegate.localcloud.apigateway;

import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.Stage;

/**
 * The wire side of stages. GetStages answers under {@code item}, unpaged, as the model
 * says.
 */
final class StageHandlers {

	private static final String STAGES = "/restapis/{restapi_id}/stages";

	private static final String STAGE = STAGES + "/{stage_name}";

	private final StageService service;

	StageHandlers(StageService service) {
		this.service = service;
	}

	void register(Router router) {
		router.add("POST", STAGES, "CreateStage", (call) -> {
			Stage stage = new Stage();
			stage.stageName = call.requiredString("stageName");
			stage.deploymentId = call.requiredString("deploymentId");
			stage.description = call.string("description");
			stage.variables = call.stringMap("variables");
			stage.tags = call.stringMap("tags");
			stage.tracingEnabled = call.bool("tracingEnabled");
			stage.cacheClusterEnabled = call.bool("cacheClusterEnabled");
			stage.cacheClusterSize = call.string("cacheClusterSize");
			stage.documentationVersion = call.string("documentationVersion");
			new Constraints("createStageInput")
				.oneOf("cacheClusterSize", stage.cacheClusterSize, Constraints.CACHE_CLUSTER_SIZES)
				.check();
			return Reply.created(service.create(call.path("restapi_id"), stage));
		})
			.add("GET", STAGES, "GetStages",
					(call) -> Reply
						.ok(Map.of("item", service.list(call.path("restapi_id"), call.query("deploymentId")))))
			.add("GET", STAGE, "GetStage",
					(call) -> Reply.ok(service.get(call.path("restapi_id"), call.path("stage_name"))))
			.add("PATCH", STAGE, "UpdateStage",
					(call) -> Reply.ok(service.update(call.path("restapi_id"), call.path("stage_name"),
							call.patchOperations("updateStageInput"))))
			.add("DELETE", STAGE, "DeleteStage", (call) -> {
				service.delete(call.path("restapi_id"), call.path("stage_name"));
				return Reply.accepted();
			});
	}

}

package dev.imagegate.localcloud.apigateway;

import dev.imagegate.localcloud.apigateway.model.RequestValidator;

/** The wire side of request validators. */
final class ValidatorHandlers {

	private static final String VALIDATORS = "/restapis/{restapi_id}/requestvalidators";

	private static final String VALIDATOR = VALIDATORS + "/{requestvalidator_id}";

	private final ValidatorService service;

	ValidatorHandlers(ValidatorService service) {
		this.service = service;
	}

	void register(Router router) {
		router.add("POST", VALIDATORS, "CreateRequestValidator", (call) -> {
			RequestValidator validator = new RequestValidator();
			validator.name = call.string("name");
			validator.validateRequestBody = call.bool("validateRequestBody");
			validator.validateRequestParameters = call.bool("validateRequestParameters");
			return Reply.created(service.create(call.path("restapi_id"), validator));
		})
			.add("GET", VALIDATORS, "GetRequestValidators",
					(call) -> Reply.ok(Paging.page(service.list(call.path("restapi_id")), call)))
			.add("GET", VALIDATOR, "GetRequestValidator",
					(call) -> Reply.ok(service.get(call.path("restapi_id"), call.path("requestvalidator_id"))))
			.add("PATCH", VALIDATOR, "UpdateRequestValidator",
					(call) -> Reply.ok(service.update(call.path("restapi_id"), call.path("requestvalidator_id"),
							call.patchOperations("updateRequestValidatorInput"))))
			.add("DELETE", VALIDATOR, "DeleteRequestValidator", (call) -> {
				service.delete(call.path("restapi_id"), call.path("requestvalidator_id"));
				return Reply.accepted();
			});
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.List;

import dev.imagegate.localcloud.apigateway.model.RequestValidator;

/**
 * CreateRequestValidator, GetRequestValidator(s), UpdateRequestValidator,
 * DeleteRequestValidator.
 */
class ValidatorService {

	private final ApiGatewayStore store;

	private final String accountId;

	ValidatorService(ApiGatewayStore store, String accountId) {
		this.store = store;
		this.accountId = accountId;
	}

	RequestValidator create(String apiId, RequestValidator validator) {
		validator.id = Ids.shortId();
		validator.validateRequestBody = Boolean.TRUE.equals(validator.validateRequestBody);
		validator.validateRequestParameters = Boolean.TRUE.equals(validator.validateRequestParameters);
		return store.write((state) -> {
			ApiRecord api = state.api(apiId, () -> Errors.badRequest("Invalid REST API identifier specified"));
			if (validator.name != null
					&& api.validators.values().stream().anyMatch((v) -> validator.name.equals(v.name))) {
				throw Errors.badRequest("Validator with name " + validator.name + " already exists");
			}
			api.validators.put(validator.id, validator);
			return validator;
		});
	}

	RequestValidator get(String apiId, String validatorId) {
		return store.read((state) -> state.api(apiId, Errors::missingValidator).validator(validatorId));
	}

	List<RequestValidator> list(String apiId) {
		return store.read((state) -> List.copyOf(state.api(accountId, apiId).validators.values()));
	}

	RequestValidator update(String apiId, String validatorId, List<PatchOperation> operations) {
		return store.write((state) -> {
			RequestValidator validator = state.api(apiId, Errors::missingValidator).validator(validatorId);
			for (PatchOperation op : operations) {
				if (!op.is("replace")) {
					throw op.unsupportedOp();
				}
				switch (String.valueOf(op.path())) {
					case "/name" -> validator.name = name(op.value());
					case "/validateRequestBody" -> validator.validateRequestBody = Boolean.parseBoolean(op.value());
					case "/validateRequestParameters" ->
						validator.validateRequestParameters = Boolean.parseBoolean(op.value());
					default -> throw op.notOneOf("/name, /validateRequestParameters, /validateRequestBody");
				}
			}
			return validator;
		});
	}

	private static String name(String name) {
		if (name == null || name.isBlank()) {
			throw Errors.badRequest("Request Validator name cannot be blank");
		}
		return name;
	}

	void delete(String apiId, String validatorId) {
		store.write((state) -> {
			ApiRecord api = state.api(apiId, Errors::missingValidator);
			api.validator(validatorId);
			return api.validators.remove(validatorId);
		});
	}

}

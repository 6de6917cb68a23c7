package dev.imagegate.localcloud.executeapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.RequestValidator;

/**
 * The method request stage: a parameter marked required is enforced only when the method
 * has a request validator that validates parameters (without one, {@code required} is
 * only documentation, as on AWS). A blank value counts as missing.
 */
final class MethodRequestValidator {

	private static final String PREFIX = "method.request.";

	private MethodRequestValidator() {
	}

	static void validate(Method method, CompiledApi api, Invocation invocation, Map<String, String> pathParameters) {
		RequestValidator validator = api.validator(method.requestValidatorId).orElse(null);
		if (validator == null || !Boolean.TRUE.equals(validator.validateRequestParameters)
				|| method.requestParameters == null) {
			return;
		}
		List<String> missing = new ArrayList<>();
		// AWS names them by their full key's order: headers, then path, then query string
		// ("[x-header-param, issuer, qs1]", LocalStack's recorded
		// test_api_gateway_request_validator).
		for (Map.Entry<String, Boolean> parameter : new TreeMap<>(method.requestParameters).entrySet()) {
			if (!Boolean.TRUE.equals(parameter.getValue()) || !parameter.getKey().startsWith(PREFIX)) {
				continue;
			}
			String source = parameter.getKey().substring(PREFIX.length());
			int dot = source.indexOf('.');
			if (dot < 0) {
				continue;
			}
			String name = source.substring(dot + 1);
			String value = ParameterSources.methodRequestValue(source.substring(0, dot), name, invocation,
					pathParameters);
			if (value == null || value.isBlank()) {
				missing.add(name);
			}
		}
		if (!missing.isEmpty()) {
			throw ExecuteApiException.missingParameters(String.join(", ", missing));
		}
	}

}

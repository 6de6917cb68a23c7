package dev.imagegate.localcloud.executeapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.ApiSnapshot;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.RequestValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Required parameters as AWS reports them (LocalStack's AWS-recorded
 * test_apigateway_common.py::TestApiGatewayCommon::test_api_gateway_request_validator).
 */
class MethodRequestValidatorTest {

	@Test
	void missingParametersAreNamedHeadersThenPathThenQueryString() {
		Method method = method(Map.of("method.request.querystring.qs1", true, "method.request.path.issuer", true,
				"method.request.header.x-header-param", true));

		// missing-all-required-request-params-post
		assertThatThrownBy(() -> validate(method, Map.of(), Map.of()))
			.hasMessage("{\"message\": \"Missing required request parameters: [x-header-param, issuer, qs1]\"}");
		// missing-required-headers-request-params-get,
		// missing-required-qs-request-params-get
		assertThatThrownBy(() -> validate(method, Map.of("qs1", "1"), Map.of("issuer", "x")))
			.hasMessage("{\"message\": \"Missing required request parameters: [x-header-param]\"}");
		assertThatThrownBy(() -> validate(method, Map.of(), Map.of("issuer", "x"), Map.entry("x-header-param", "h")))
			.hasMessage("{\"message\": \"Missing required request parameters: [qs1]\"}");
		assertThatCode(
				() -> validate(method, Map.of("qs1", "1"), Map.of("issuer", "x"), Map.entry("x-header-param", "h")))
			.doesNotThrowAnyException();
	}

	@SafeVarargs
	private static void validate(Method method, Map<String, String> query, Map<String, String> path,
			Map.Entry<String, String>... headers) {
		ApiSnapshot snapshot = new ApiSnapshot();
		RequestValidator validator = new RequestValidator();
		validator.validateRequestParameters = true;
		snapshot.requestValidators = Map.of("v", validator);
		Map<String, String> headerMap = new LinkedHashMap<>();
		for (Map.Entry<String, String> header : headers) {
			headerMap.put(header.getKey(), header.getValue());
		}
		Invocation invocation = new Invocation("id", "apigw", "POST", "api", "test", List.of(), query, headerMap, null);
		MethodRequestValidator.validate(method, CompiledApi.compile(snapshot), invocation, path);
	}

	private static Method method(Map<String, Boolean> parameters) {
		Method method = new Method();
		method.httpMethod = "POST";
		method.requestValidatorId = "v";
		method.requestParameters = new LinkedHashMap<>(parameters);
		return method;
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.Map;

/** Everything the API Gateway emulator knows: one record per REST API, in creation order. */
class ApiGatewayState {

	public Map<String, ApiRecord> apis = new LinkedHashMap<>();

	/** The API, or AWS's NotFoundException naming the account and id. */
	ApiRecord api(String accountId, String apiId) {
		ApiRecord api = apis.get(apiId);
		if (api == null) {
			throw Errors.notFound("Invalid API identifier specified " + accountId + ":" + apiId);
		}
		return api;
	}

}

package dev.imagegate;

import java.util.List;

import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.RestApi;

/**
 * Every REST API in the account, all pages: GetRestApis answers 25 a page by default, and
 * the test classes that share a context (and a local cloud) create more than that.
 */
public final class RestApis {

	private RestApis() {
	}

	public static List<RestApi> all(ApiGatewayClient apiGateway) {
		return apiGateway.getRestApisPaginator((g) -> g.limit(500)).items().stream().toList();
	}

}

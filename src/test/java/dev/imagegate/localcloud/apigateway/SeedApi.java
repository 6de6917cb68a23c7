package dev.imagegate.localcloud.apigateway;

import java.util.Map;
import java.util.UUID;

import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.Op;

/** The seed's API Gateway steps 3-10 through the SDK, as the portal will make them. */
public record SeedApi(String apiId, String rootId, String resourceId) {

	static final String ROLE_ARN = "arn:aws:iam::000000000000:role/iam-test-role";

	static final String S3_URI = "arn:aws:apigateway:us-east-1:s3:path/api-gw-image-test-s3/images/{image}";

	/** A name no other test in the shared context uses. */
	static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Steps 3-10 (without the deployment). The method response comes before the
	 * integration response, unlike the console walk-through: AWS refuses a header mapping
	 * onto a method response that does not exist yet.
	 */
	static SeedApi create(ApiGatewayClient apigw, String name) {
		return create(apigw, name, "api-gw-image-test-s3", ROLE_ARN);
	}

	/**
	 * The same steps for another bucket and role (the execute-api tests serve real
	 * images).
	 */
	public static SeedApi create(ApiGatewayClient apigw, String name, String bucket, String roleArn) {
		var api = apigw.createRestApi((b) -> b.name(name));
		String resourceId = apigw
			.createResource((b) -> b.restApiId(api.id()).parentId(api.rootResourceId()).pathPart("s3"))
			.id();
		apigw.putMethod((b) -> b.restApiId(api.id())
			.resourceId(resourceId)
			.httpMethod("GET")
			.authorizationType("NONE")
			.requestParameters(Map.of("method.request.querystring.image", true)));
		apigw.putIntegration((b) -> b.restApiId(api.id())
			.resourceId(resourceId)
			.httpMethod("GET")
			.type(IntegrationType.AWS)
			.integrationHttpMethod("GET")
			.uri("arn:aws:apigateway:us-east-1:s3:path/" + bucket + "/images/{image}")
			.credentials(roleArn)
			.requestParameters(Map.of("integration.request.path.image", "method.request.querystring.image",
					"integration.request.header.Accept", "'*/*'")));
		apigw.putMethodResponse((b) -> b.restApiId(api.id())
			.resourceId(resourceId)
			.httpMethod("GET")
			.statusCode("200")
			.responseParameters(Map.of("method.response.header.Content-Type", false)));
		apigw.putIntegrationResponse((b) -> b.restApiId(api.id())
			.resourceId(resourceId)
			.httpMethod("GET")
			.statusCode("200")
			.selectionPattern("2\\d{2}")
			.responseParameters(Map.of("method.response.header.Content-Type", "'*/*'")));
		apigw.updateRestApi(
				(b) -> b.restApiId(api.id()).patchOperations((p) -> p.op(Op.ADD).path("/binaryMediaTypes/*~1*")));
		return new SeedApi(api.id(), api.rootResourceId(), resourceId);
	}

}

package dev.imagegate.localcloud.executeapi;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.apigateway.model.ContentHandlingStrategy;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.Op;

/**
 * The API of LocalStack's AWS-recorded {@code test_apigateway_s3.py}
 * (TestApiGatewayS3BinarySupport's fixture and test_apigateway_s3_any): {@code ANY
 * /{object_path+}} with an {@code ANY} AWS integration to {@code {bucket}/{object_path}}
 * as a role that may do {@code s3:*}, the request's Content-Type and a
 * {@code response-content-type} header mapped on, and one default 200 integration
 * response mapping ETag.
 */
record S3ProxyApi(String id, String bucket) {

	static S3ProxyApi create(ExecuteApiFixture fixture, ContentHandlingStrategy requestHandling,
			ContentHandlingStrategy responseHandling, List<String> binaryMediaTypes) {
		return create(fixture, requestHandling, responseHandling, binaryMediaTypes, Map.of());
	}

	static S3ProxyApi create(ExecuteApiFixture fixture, ContentHandlingStrategy requestHandling,
			ContentHandlingStrategy responseHandling, List<String> binaryMediaTypes,
			Map<String, String> requestTemplates) {
		var apigw = fixture.apigw();
		String bucket = fixture.bucket("exec-any");
		String role = fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, ExecuteApiFixture.S3_ALL, false);
		var api = apigw.createRestApi((b) -> b.name(ExecuteApiFixture.unique("exec-any")));
		String resource = apigw
			.createResource((b) -> b.restApiId(api.id()).parentId(api.rootResourceId()).pathPart("{object_path+}"))
			.id();
		apigw.putMethod((b) -> b.restApiId(api.id())
			.resourceId(resource)
			.httpMethod("ANY")
			.authorizationType("NONE")
			.requestParameters(Map.of("method.request.path.object_path", true, "method.request.header.Content-Type",
					false, "method.request.header.response-content-type", false)));
		apigw.putMethodResponse((b) -> b.restApiId(api.id())
			.resourceId(resource)
			.httpMethod("ANY")
			.statusCode("200")
			.responseParameters(Map.of("method.response.header.ETag", false)));
		apigw.putIntegration((b) -> b.restApiId(api.id())
			.resourceId(resource)
			.httpMethod("ANY")
			.integrationHttpMethod("ANY")
			.type(IntegrationType.AWS)
			.uri("arn:aws:apigateway:us-east-1:s3:path/" + bucket + "/{object_path}")
			.credentials(role)
			.contentHandling(requestHandling)
			.requestTemplates(requestTemplates)
			.requestParameters(Map.of("integration.request.path.object_path", "method.request.path.object_path",
					"integration.request.header.Content-Type", "method.request.header.Content-Type",
					"integration.request.querystring.response-content-type",
					"method.request.header.response-content-type")));
		apigw.putIntegrationResponse((b) -> b.restApiId(api.id())
			.resourceId(resource)
			.httpMethod("ANY")
			.statusCode("200")
			.contentHandling(responseHandling)
			.responseParameters(Map.of("method.response.header.ETag", "integration.response.header.ETag")));
		for (String type : binaryMediaTypes) {
			apigw.updateRestApi((b) -> b.restApiId(api.id())
				.patchOperations((p) -> p.op(Op.ADD).path("/binaryMediaTypes/" + type.replace("/", "~1"))));
		}
		fixture.deploy(api.id(), "test");
		return new S3ProxyApi(api.id(), bucket);
	}

}

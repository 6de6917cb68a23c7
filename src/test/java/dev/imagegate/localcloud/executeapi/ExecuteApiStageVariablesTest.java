package dev.imagegate.localcloud.executeapi;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;

import static dev.imagegate.localcloud.executeapi.ExecuteApiFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ${stageVariables.name}} in an AWS integration's URI and credentials ("API
 * Gateway stage variables reference": AWS integration URIs, AWS integration credentials):
 * one deployment, two stages, two buckets.
 */
class ExecuteApiStageVariablesTest extends ExecuteApiTest {

	@Test
	void eachStageReadsItsOwnBucketAsItsOwnRole() {
		String blue = fixture.bucket("exec-blue");
		String green = fixture.bucket("exec-green");
		fixture.put(blue, "note.txt", "blue".getBytes(StandardCharsets.UTF_8), "text/plain");
		fixture.put(green, "note.txt", "green".getBytes(StandardCharsets.UTF_8), "text/plain");
		String roleArn = fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, ExecuteApiFixture.S3_ALL, false);
		String roleName = roleArn.substring(roleArn.indexOf(":role/") + 1);
		var api = apigw.createRestApi((b) -> b.name(ExecuteApiFixture.unique("exec-vars")));
		String resource = apigw
			.createResource((b) -> b.restApiId(api.id()).parentId(api.rootResourceId()).pathPart("{key}"))
			.id();
		apigw.putMethod((b) -> b.restApiId(api.id()).resourceId(resource).httpMethod("GET").authorizationType("NONE"));
		apigw.putMethodResponse((b) -> b.restApiId(api.id()).resourceId(resource).httpMethod("GET").statusCode("200"));
		apigw.putIntegration((b) -> b.restApiId(api.id())
			.resourceId(resource)
			.httpMethod("GET")
			.type(IntegrationType.AWS)
			.integrationHttpMethod("GET")
			.uri("arn:aws:apigateway:us-east-1:s3:path/${stageVariables.bucket}/{key}")
			.credentials(roleArn.substring(0, roleArn.indexOf(":role/") + 1) + "${stageVariables.role}")
			.requestParameters(Map.of("integration.request.path.key", "method.request.path.key")));
		apigw.putIntegrationResponse(
				(b) -> b.restApiId(api.id()).resourceId(resource).httpMethod("GET").statusCode("200"));
		for (String[] stage : new String[][] { { "blue", blue }, { "green", green } }) {
			apigw.createDeployment((b) -> b.restApiId(api.id())
				.stageName(stage[0])
				.variables(Map.of("bucket", stage[1], "role", roleName)));
		}

		assertThat(text(fixture.get(fixture.url(api.id(), "blue", "/note.txt")))).isEqualTo("blue");
		assertThat(text(fixture.get(fixture.url(api.id(), "green", "/note.txt")))).isEqualTo("green");
	}

}

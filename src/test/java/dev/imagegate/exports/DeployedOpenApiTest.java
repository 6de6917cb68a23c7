package dev.imagegate.exports;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.cloud.AwsClients;
import dev.imagegate.cloud.CloudConnection;
import dev.imagegate.endpoints.EndpointSpecs;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On AWS the OpenAPI export is API Gateway's own GetExport of the stage, made portable.
 * Proved against the local cloud's GetExport (AWS's document, see the API Gateway
 * conformance tests) through the same exporter with its connection marked as AWS's.
 */
@LocalCloudTest
class DeployedOpenApiTest {

	@Autowired
	ProxyApiProvisioner provisioner;

	@Autowired
	EndpointExports exports;

	@Autowired
	EndpointSpecs specs;

	@Autowired
	AwsClients clients;

	@Autowired
	CloudConnection connection;

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	S3Client s3;

	private EndpointExports onAws() {
		return new EndpointExports(specs, clients, new CloudConnection(CloudConnection.Kind.AWS, connection.endpoint(),
				connection.region(), connection.credentials(), connection.pathStyle()));
	}

	private String endpoint(String name) {
		s3.createBucket((b) -> b.bucket(name));
		ProvisioningResult result = provisioner.provision(ProxyApiSpec.of(name, name + "-api"));
		assertThat(result.succeeded()).isTrue();
		return result.apiId();
	}

	@Test
	void forAnEndpointAsImagegateBuiltItApiGatewaysExportIsTheGeneratedDocument() {
		String apiId = endpoint("deployed-same");

		String fromApiGateway = onAws().export(apiId, ExportFormat.OPENAPI).text();

		assertThat(fromApiGateway).isEqualTo(exports.export(apiId, ExportFormat.OPENAPI).text())
			.doesNotContain(apiId)
			.contains("https://{restApiId}.execute-api.us-east-1.amazonaws.com/{basePath}");
	}

	@Test
	void anEditMadeOutsideImagegateAndDeployedShowsInTheExportOnAws() {
		String apiId = endpoint("deployed-edit");
		apiGateway.updateRestApi(
				(u) -> u.restApiId(apiId).patchOperations((p) -> p.op(Op.ADD).path("/binaryMediaTypes/image~1webp")));
		apiGateway.createDeployment((d) -> d.restApiId(apiId).stageName("test"));

		assertThat(onAws().export(apiId, ExportFormat.OPENAPI).text()).contains("\"image/webp\"");
		assertThat(exports.export(apiId, ExportFormat.OPENAPI).text()).doesNotContain("image/webp");
	}

	@Test
	void withoutADeployedStageTheGeneratedDocumentIsExported() {
		String apiId = endpoint("deployed-gone");
		apiGateway.deleteStage((d) -> d.restApiId(apiId).stageName("test"));

		assertThat(onAws().export(apiId, ExportFormat.OPENAPI).text())
			.isEqualTo(exports.export(apiId, ExportFormat.OPENAPI).text())
			.contains("\"x-amazon-apigateway-integration\"");
	}

}

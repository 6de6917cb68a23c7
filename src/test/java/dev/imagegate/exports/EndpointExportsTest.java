package dev.imagegate.exports;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.IntegrationTest;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.RestApis;
import dev.imagegate.cloud.CloudConnection;
import dev.imagegate.endpoints.EndpointSpecs;
import dev.imagegate.endpoints.EndpointTeardown;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.cli.ClientProcess;
import dev.imagegate.proxyapi.InvokeUrls;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.Throttle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each export of a real endpoint: deterministic, complete, and (the CLI script) building
 * it again.
 */
@LocalCloudTest
class EndpointExportsTest {

	private static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDA"
				+ "AAANHQEDasKb6QAAAABJRU5ErkJggg==");

	@Autowired
	EndpointExports exports;

	@Autowired
	ProxyApiProvisioner provisioner;

	@Autowired
	EndpointTeardown teardown;

	@Autowired
	EndpointSpecs specs;

	@Autowired
	S3Client s3;

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	LocalCloud localCloud;

	@Autowired
	CloudConnection connection;

	@TempDir
	Path work;

	private String endpoint(String bucket, String name, ProxyApiSpec spec) {
		s3.createBucket((b) -> b.bucket(bucket));
		s3.putObject((p) -> p.bucket(bucket).key("images/dot.png").contentType("image/png"),
				RequestBody.fromBytes(PNG));
		ProvisioningResult result = provisioner.provision(spec);
		assertThat(result.succeeded()).isTrue();
		return result.apiId();
	}

	@Test
	void everyFormatIsTheSameBytesEachTime() {
		String apiId = endpoint("export-same", "export-same-api", ProxyApiSpec.of("export-same", "export-same-api"));

		for (ExportFormat format : ExportFormat.values()) {
			assertThat(exports.export(apiId, format).text()).as(format.id())
				.isEqualTo(exports.export(apiId, format).text());
		}
		assertThat(exports.export(apiId, ExportFormat.CLOUDFORMATION).fileName()).isEqualTo("export-same-api.yaml");
	}

	@Test
	void theOpenApiDocumentCarriesTheIntegrationValidatorResponsesAndBinaryTypes() {
		String apiId = endpoint("export-oas", "export-oas-api", ProxyApiSpec.of("export-oas", "export-oas-api")
			.withCaching("public, max-age=60", "https://app.example.com"));

		JsonNode doc = JsonMapper.builder().build().readTree(exports.export(apiId, ExportFormat.OPENAPI).text());

		assertThat(doc.get("openapi").asString()).isEqualTo("3.0.1");
		JsonNode get = doc.get("paths").get("/s3").get("get");
		assertThat(get.get("parameters").get(0).get("name").asString()).isEqualTo("image");
		assertThat(get.get("parameters").get(0).get("required").asBoolean()).isTrue();
		assertThat(get.get("x-amazon-apigateway-request-validator").asString())
			.isEqualTo("imagegate-validate-parameters");
		JsonNode integration = get.get("x-amazon-apigateway-integration");
		assertThat(integration.get("type").asString()).isEqualTo("aws");
		assertThat(integration.get("uri").asString()).endsWith(":s3:path/export-oas/images/{key}");
		assertThat(integration.get("credentials").asString()).endsWith(":role/imagegate-export-oas-api");
		assertThat(integration.get("responses")
			.get("2\\d{2}")
			.get("responseParameters")
			.get("method.response.header.Cache-Control")
			.asString()).isEqualTo("'public, max-age=60'");
		assertThat(integration.get("responses").get("40[34]").get("statusCode").asString()).isEqualTo("404");
		assertThat(integration.get("responses").get("default").get("statusCode").asString()).isEqualTo("500");
		assertThat(get.get("responses").get("200").get("headers").has("Access-Control-Allow-Origin")).isTrue();
		assertThat(doc.get("x-amazon-apigateway-binary-media-types").get(0).asString()).isEqualTo("*/*");
		assertThat(doc.get("x-amazon-apigateway-request-validators")
			.get("imagegate-validate-parameters")
			.get("validateRequestParameters")
			.asBoolean()).isTrue();
	}

	@Test
	void theTemplateHasEveryResourceWithTheBucketAndStageAsParameters() {
		String apiId = endpoint("export-cfn", "export-cfn-api",
				ProxyApiSpec.of("export-cfn", "export-cfn-api").withThrottle(new Throttle(25.0, 50)));

		String template = exports.export(apiId, ExportFormat.CLOUDFORMATION).text();

		assertThat(template).contains("AWSTemplateFormatVersion: '2010-09-09'")
			.contains("Type: AWS::S3::Bucket")
			.contains("BlockPublicAcls: true")
			.contains("Type: AWS::IAM::Role")
			.contains("Type: AWS::ApiGateway::RestApi")
			.contains("Type: AWS::ApiGateway::Resource")
			.contains("Type: AWS::ApiGateway::RequestValidator")
			.contains("Type: AWS::ApiGateway::Method")
			.contains("Type: AWS::ApiGateway::Deployment")
			.contains("Type: AWS::ApiGateway::Stage")
			.contains("Uri: !Sub 'arn:${AWS::Partition}:apigateway:${AWS::Region}:s3:path/${BucketName}/images/{key}'")
			.contains("Credentials: !GetAtt ApiRole.Arn")
			.contains("Resource: !Sub 'arn:${AWS::Partition}:s3:::${BucketName}/images/*'")
			.contains("ThrottlingRateLimit: 25.0")
			.contains("ThrottlingBurstLimit: 50")
			.contains("StageName: !Ref StageName")
			.contains("InvokeUrl:")
			.doesNotContain("s3:::export-cfn/");
	}

	/**
	 * The OpenAPI export, imported with aws apigateway import-rest-api and deployed,
	 * serves what the endpoint served.
	 */
	@Test
	@IntegrationTest
	void theOpenApiExportImportedAndDeployedServesTheSameAnswers() throws Exception {
		String apiId = endpoint("export-import", "export-import-api",
				ProxyApiSpec.of("export-import", "export-import-api"));
		String document = exports.export(apiId, ExportFormat.OPENAPI).text();

		// The document names the endpoint's role (it makes none), so the original stays.
		Path file = Files.writeString(work.resolve("export-import-api.openapi.json"), document);

		ClientProcess.Result result = run("aws", "apigateway", "import-rest-api", "--body", "fileb://" + file,
				"--query", "id", "--output", "text");
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		String imported = result.stdout().trim();
		apiGateway.createDeployment((d) -> d.restApiId(imported).stageName("test"));

		assertServesTheImage(new InvokeUrls(connection).template(imported, "test", "s3", "image"), "imported");
	}

	/**
	 * The template, deployed with aws cloudformation deploy (after the endpoint was torn
	 * down, since the role's name is the endpoint's) into a new bucket, serves the image
	 * put there.
	 */
	@Test
	@IntegrationTest
	void theCloudFormationTemplateDeploysAnEndpointThatServesTheSameAnswers() throws Exception {
		String apiId = endpoint("export-stack", "export-stack-api",
				ProxyApiSpec.of("export-stack", "export-stack-api"));
		Path template = Files.writeString(work.resolve("export-stack-api.yaml"),
				exports.export(apiId, ExportFormat.CLOUDFORMATION).text());
		teardown.teardown(apiId, false);

		ClientProcess.Result deployed = run("aws", "cloudformation", "deploy", "--template-file", template.toString(),
				"--stack-name", "export-stack-api", "--capabilities", "CAPABILITY_NAMED_IAM", "--parameter-overrides",
				"BucketName=export-stack-copy");
		assertThat(deployed.exitCode()).as(deployed.stderr()).isZero();
		assertThat(s3.getPublicAccessBlock((g) -> g.bucket("export-stack-copy"))
			.publicAccessBlockConfiguration()
			.restrictPublicBuckets()).isTrue();
		s3.putObject((p) -> p.bucket("export-stack-copy").key("images/dot.png").contentType("image/png"),
				RequestBody.fromBytes(PNG));
		List<RestApi> apis = RestApis.all(apiGateway)
			.stream()
			.filter((a) -> a.name().equals("export-stack-api"))
			.toList();
		assertThat(apis).hasSize(1);

		ClientProcess.Result described = run("aws", "cloudformation", "describe-stacks", "--stack-name",
				"export-stack-api", "--query",
				"Stacks[0].[StackStatus, Outputs[?OutputKey=='InvokeUrl'].OutputValue | [0]]", "--output", "text");
		assertThat(described.stdout()).contains("CREATE_COMPLETE")
			.contains("https://" + apis.get(0).id() + ".execute-api.us-east-1.amazonaws.com/test/s3?image={key}");

		assertServesTheImage(new InvokeUrls(connection).template(apis.get(0).id(), "test", "s3", "image"), "stack");

		s3.deleteObject((d) -> d.bucket("export-stack-copy").key("images/dot.png"));
		assertThat(run("aws", "cloudformation", "delete-stack", "--stack-name", "export-stack-api").exitCode())
			.isZero();
		assertThat(RestApis.all(apiGateway)).noneMatch((a) -> a.name().equals("export-stack-api"));
		assertThat(s3.listBuckets().buckets()).noneMatch((b) -> b.name().equals("export-stack-copy"));
		assertThat(run("aws", "iam", "get-role", "--role-name", "imagegate-export-stack-api").exitCode()).isNotZero();
	}

	/**
	 * The script builds the endpoint again where it is gone, in the bucket and stage its
	 * variables name (the portal then finds the endpoint as it is), and a second run
	 * changes nothing that serves. Each run starts the AWS CLI some 25 times, so one test
	 * covers all three; the defaults the variables fall back to are in
	 * docs/export/my-images-api.sh, which {@link ExportExamplesTest} keeps equal to the
	 * exporter's output.
	 */
	@Test
	@IntegrationTest
	void theCliScriptBuildsTheEndpointAgainInTheBucketAndStageItIsGivenAndIsSafeToRunTwice() throws Exception {
		String apiId = endpoint("export-cli", "export-cli-api", ProxyApiSpec.of("export-cli", "export-cli-api"));
		Path script = Files.writeString(work.resolve("export-cli-api.sh"),
				exports.export(apiId, ExportFormat.CLI).text());
		assertThat(run("bash", "-n", script.toString()).exitCode()).as("bash -n").isZero();
		teardown.teardown(apiId, false);
		// More APIs than one page of GetRestApis (25): the CLI then answers a --query
		// once per page.
		for (int i = 0; i < 26; i++) {
			String name = "export-cli-other-" + i;
			apiGateway.createRestApi((c) -> c.name(name));
		}

		for (int round = 1; round <= 2; round++) {
			ClientProcess.Result result = run(Map.of("BUCKET", "export-cli-copy", "STAGE", "prod"), "bash",
					script.toString());
			assertThat(result.exitCode()).as("round %d: %s", round, result.stderr()).isZero();
			List<RestApi> apis = RestApis.all(apiGateway)
				.stream()
				.filter((a) -> a.name().equals("export-cli-api"))
				.toList();
			assertThat(apis).as("round %d", round).hasSize(1);
			String id = apis.get(0).id();
			assertThat(result.stdout()).contains("Invoke URL: https://" + id + ".execute-api.us-east-1");
			int deployments = apiGateway.getDeployments((g) -> g.restApiId(id)).items().size();
			assertThat(deployments).as("round %d: one deployment, the second run changes nothing", round).isEqualTo(1);
			ProxyApiSpec found = specs.current(id).orElseThrow();
			assertThat(found.stage()).isEqualTo("prod");
			assertThat(found.bucket()).isEqualTo("export-cli-copy");
			if (round == 1) {
				s3.putObject((p) -> p.bucket("export-cli-copy").key("images/dot.png").contentType("image/png"),
						RequestBody.fromBytes(PNG));
			}
			else {
				assertThat(result.stdout())
					.contains("The stage prod already runs this configuration: nothing to change.");
			}
			assertServesTheImage(new InvokeUrls(connection).template(id, "prod", "s3", "image"), "round " + round);
		}
	}

	/**
	 * The image with its bytes and type, a 304 for its ETag, 404 for a missing key, 400
	 * without the parameter.
	 */
	private void assertServesTheImage(String template, String what) throws Exception {
		HttpResponse<byte[]> image = get(InvokeUrls.forKey(template, "dot.png"));
		assertThat(image.statusCode()).as(what).isEqualTo(200);
		assertThat(image.body()).as(what).isEqualTo(PNG);
		assertThat(image.headers().firstValue("Content-Type")).as(what).hasValue("image/png");
		String etag = image.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> notModified = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(InvokeUrls.forKey(template, "dot.png")))
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(notModified.statusCode()).as(what).isEqualTo(304);
		assertThat(get(InvokeUrls.forKey(template, "missing.png")).statusCode()).as(what).isEqualTo(404);
		assertThat(get(template.replace("?image={key}", "")).statusCode()).as(what).isEqualTo(400);
	}

	private ClientProcess.Result run(String... command) throws Exception {
		return run(Map.of(), command);
	}

	/** With more variables for the process than the endpoint and region. */
	private ClientProcess.Result run(Map<String, String> variables, String... command) throws Exception {
		Map<String, String> all = new HashMap<>(variables);
		all.put("AWS_ENDPOINT_URL", localCloud.endpoint().toString());
		all.put("AWS_DEFAULT_REGION", "us-east-1");
		return ClientProcess.run(List.of(command), work,
				"bash and the AWS CLI are needed (CI's .ci/run installs awscli)", all, 300);
	}

	private static HttpResponse<byte[]> get(String url) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}

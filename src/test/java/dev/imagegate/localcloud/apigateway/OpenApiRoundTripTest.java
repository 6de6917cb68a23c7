package dev.imagegate.localcloud.apigateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.imagegate.IntegrationTest;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import dev.imagegate.localcloud.cli.ClientProcess;
import dev.imagegate.proxyapi.InvokeUrls;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ImportRestApiResponse;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's proof: an endpoint the portal provisioned, exported with API Gateway's
 * extensions (GetExport), imported as a new API (ImportRestApi, with the Java SDK and
 * with the AWS CLI v2) and deployed, serves what the original serves: the image's bytes
 * and Content-Type, 304 for a matching ETag, 404 for a missing key, 400 without the query
 * parameter.
 */
@LocalCloudTest
class OpenApiRoundTripTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Autowired
	ApiGatewayClient apigw;

	@Autowired
	S3Client s3;

	@Autowired
	LocalCloud localCloud;

	@Autowired
	ProxyApiProvisioner provisioner;

	@TempDir
	Path work;

	final byte[] image = new byte[4096];

	ProvisioningResult original;

	@BeforeEach
	void provision() {
		for (int i = 0; i < image.length; i++) {
			image[i] = (byte) (i * 13);
		}
		String bucket = SeedApi.uniqueName("export-rt");
		s3.createBucket((b) -> b.bucket(bucket));
		s3.putObject((p) -> p.bucket(bucket).key("images/photo.png").contentType("image/png"),
				RequestBody.fromBytes(image));
		original = provisioner.provision(ProxyApiSpec.of(bucket, SeedApi.uniqueName("export-rt")));
		assertThat(original.succeeded()).isTrue();
	}

	private byte[] export() {
		return apigw
			.getExport((e) -> e.restApiId(original.apiId())
				.stageName(original.stage())
				.exportType("oas30")
				.accepts("application/json")
				.parameters(java.util.Map.of("extensions", "integrations,apigateway")))
			.body()
			.asByteArray();
	}

	@Test
	void anExportImportedWithTheSdkServesTheSameAnswers() {
		ImportRestApiResponse imported = apigw.importRestApi((i) -> i.body(SdkBytes.fromByteArray(export())));

		assertThat(imported.name()).isEqualTo(apigw.getRestApi((g) -> g.restApiId(original.apiId())).name());
		assertThat(imported.binaryMediaTypes()).containsExactly("*/*");
		servesTheSameAnswers(imported.id());
	}

	/** Both ends with the AWS CLI v2: get-export to a file, import-rest-api from it. */
	@Test
	@IntegrationTest
	void anExportImportedWithTheAwsCliServesTheSameAnswers() throws Exception {
		Path file = work.resolve("endpoint.json");
		cli("apigateway", "get-export", "--rest-api-id", original.apiId(), "--stage-name", original.stage(),
				"--export-type", "oas30", "--accepts", "application/json", "--parameters",
				"{\"extensions\":\"integrations,apigateway\"}", file.toString());
		assertThat(JSON.readTree(file.toFile()).path("openapi").asString()).isEqualTo("3.0.1");

		JsonNode imported = JSON.readTree(cli("apigateway", "import-rest-api", "--body", "fileb://" + file));

		// Debian's awscli carries an older model, which does not print rootResourceId.
		assertThat(imported.path("binaryMediaTypes").path(0).asString()).isEqualTo("*/*");
		servesTheSameAnswers(imported.path("id").asString());
	}

	private String cli(String... args) throws Exception {
		String aws = Files.isExecutable(Path.of("/usr/bin/aws")) ? "/usr/bin/aws" : "aws";
		List<String> command = new ArrayList<>(List.of(aws, "--endpoint-url", localCloud.endpoint().toString(),
				"--region", "us-east-1", "--output", "json"));
		command.addAll(List.of(args));
		ClientProcess.Result result = ClientProcess.run(command, work,
				"The AWS CLI is needed for this test: apt-get install awscli (CI's .ci/run does)");
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		return result.stdout();
	}

	/** boto3 exports in YAML and imports it: the round trip with a third client. */
	private static final String BOTO3 = """
			import sys, boto3
			apigw = boto3.client("apigateway", endpoint_url=sys.argv[1], region_name="us-east-1")
			exported = apigw.get_export(restApiId=sys.argv[2], stageName=sys.argv[3], exportType="oas30",
			                            accepts="application/yaml", \
			parameters={"extensions": "integrations,apigateway"})
			assert exported["contentType"] == "application/yaml", exported["contentType"]
			print(apigw.import_rest_api(body=exported["body"].read())["id"])
			""";

	@Test
	@IntegrationTest
	void anExportImportedWithBoto3ServesTheSameAnswers() throws Exception {
		ClientProcess.Result result = ClientProcess.run(
				List.of("python3", "-c", BOTO3, localCloud.endpoint().toString(), original.apiId(), original.stage()),
				work, "python3 with boto3 is needed for this test: apt-get install python3-boto3 (CI's .ci/run does)");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		servesTheSameAnswers(result.stdout().strip());
	}

	/** The same document in YAML imports to the same API. */
	@Test
	void aYamlExportImportsAsWell() {
		byte[] yaml = apigw
			.getExport((e) -> e.restApiId(original.apiId())
				.stageName(original.stage())
				.exportType("oas30")
				.accepts("application/yaml")
				.parameters(java.util.Map.of("extensions", "integrations,apigateway")))
			.body()
			.asByteArray();

		assertThat(new String(yaml)).startsWith("openapi: 3.0.1");
		servesTheSameAnswers(apigw.importRestApi((i) -> i.body(SdkBytes.fromByteArray(yaml))).id());
	}

	/** PutRestApi in overwrite mode makes an empty API into the endpoint. */
	@Test
	void anOverwrittenApiServesTheSameAnswers() {
		String id = apigw.createRestApi((c) -> c.name(SeedApi.uniqueName("overwrite"))).id();

		apigw.putRestApi((p) -> p.restApiId(id).mode("overwrite").body(SdkBytes.fromByteArray(export())));

		servesTheSameAnswers(id);
	}

	private void servesTheSameAnswers(String apiId) {
		apigw.createDeployment((d) -> d.restApiId(apiId).stageName(original.stage()));
		String template = original.invokeUrl().replace(original.apiId(), apiId);
		String photo = InvokeUrls.forKey(template, "photo.png");

		HttpResponse<byte[]> served = get(photo);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).isEqualTo(image);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
		String etag = served.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = get(photo, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(get(InvokeUrls.forKey(template, "missing.png")).statusCode()).isEqualTo(404);
		HttpResponse<byte[]> noParameter = get(template.substring(0, template.indexOf('?')));
		assertThat(noParameter.statusCode()).isEqualTo(400);
		assertThat(new String(noParameter.body())).isEqualTo("{\"message\": \"Missing required request parameters: ["
				+ template.substring(template.indexOf('?') + 1, template.indexOf('=')) + "]\"}");
	}

	private static HttpResponse<byte[]> get(String url, String... headers) {
		List<String> all = new ArrayList<>(List.of(headers));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (!all.isEmpty()) {
			request.headers(all.toArray(String[]::new));
		}
		try {
			return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

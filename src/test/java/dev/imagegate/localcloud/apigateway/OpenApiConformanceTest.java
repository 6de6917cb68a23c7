package dev.imagegate.localcloud.apigateway;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.GetExportResponse;
import software.amazon.awssdk.services.apigateway.model.GetMethodResponse;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * GetExport's document and ImportRestApi's reading and refusals, case by case, each
 * naming its AWS source: the "Export a REST API" and "OpenAPI extensions" pages,
 * LocalStack's AWS-recorded {@code test_apigateway_import.snapshot.json}
 * (test_import_rest_api, test_import_swagger_api).
 */
@LocalCloudTest
class OpenApiConformanceTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ApiGatewayClient apigw;

	@Autowired
	LocalCloud localCloud;

	record ExportCase(String label, String exportType, String extensions, String accept, Consumer<Exported> check) {

		@Override
		public String toString() {
			return label;
		}

	}

	record Exported(SeedApi seed, String name, GetExportResponse response, JsonNode document) {

		JsonNode operation() {
			return document.path("paths").path("/s3").path("get");
		}

	}

	static Stream<ExportCase> exportCases() {
		return Stream.of(new ExportCase("oas30: openapi 3.0.1, title is the API's name (Export a REST API page)",
				"oas30", null, "application/json", (e) -> {
					assertThat(e.document().path("openapi").asString()).isEqualTo("3.0.1");
					assertThat(e.document().path("info").path("title").asString()).isEqualTo(e.name());
				}),
				new ExportCase("info.version is the deployment's date, as 2016-09-29T20:27:30Z", "oas30", null,
						"application/json",
						(e) -> assertThat(e.document().path("info").path("version").asString())
							.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")),
				new ExportCase("servers: the invoke URL with a basePath variable defaulting to the stage", "oas30",
						null, "application/json", (e) -> {
							JsonNode server = e.document().path("servers").path(0);
							assertThat(server.path("url").asString()).isEqualTo(
									"https://" + e.seed().apiId() + ".execute-api.us-east-1.amazonaws.com/{basePath}");
							assertThat(server.path("variables").path("basePath").path("default").asString())
								.isEqualTo("dev");
						}),
				new ExportCase("without extensions: no x-amazon-apigateway-integration", "oas30", null,
						"application/json", (e) -> {
							assertThat(e.operation().has("x-amazon-apigateway-integration")).isFalse();
							assertThat(e.document().has("x-amazon-apigateway-binary-media-types")).isFalse();
						}),
				new ExportCase("query parameter: name, in, required, schema string", "oas30", null, "application/json",
						(e) -> {
							JsonNode parameter = e.operation().path("parameters").path(0);
							assertThat(parameter.path("name").asString()).isEqualTo("image");
							assertThat(parameter.path("in").asString()).isEqualTo("query");
							assertThat(parameter.path("required").asBoolean()).isTrue();
							assertThat(parameter.path("schema").path("type").asString()).isEqualTo("string");
						}),
				new ExportCase("method response: '200 response' with its headers", "oas30", null, "application/json",
						(e) -> {
							JsonNode ok = e.operation().path("responses").path("200");
							assertThat(ok.path("description").asString()).isEqualTo("200 response");
							assertThat(ok.path("headers").path("Content-Type").path("schema").path("type").asString())
								.isEqualTo("string");
						}),
				new ExportCase("extensions=integrations: type aws, uri, credentials, responses by selection pattern",
						"oas30", "integrations", "application/json", (e) -> {
							JsonNode integration = e.operation().path("x-amazon-apigateway-integration");
							assertThat(integration.path("type").asString()).isEqualTo("aws");
							assertThat(integration.path("httpMethod").asString()).isEqualTo("GET");
							assertThat(integration.path("uri").asString())
								.startsWith("arn:aws:apigateway:us-east-1:s3:path/");
							assertThat(integration.path("credentials").asString()).isEqualTo(SeedApi.ROLE_ARN);
							assertThat(integration.path("passthroughBehavior").asString()).isEqualTo("when_no_match");
							assertThat(integration.path("requestParameters")
								.path("integration.request.path.image")
								.asString()).isEqualTo("method.request.querystring.image");
							JsonNode response = integration.path("responses").path("2\\d{2}");
							assertThat(response.path("statusCode").asString()).isEqualTo("200");
							assertThat(response.path("responseParameters")
								.path("method.response.header.Content-Type")
								.asString()).isEqualTo("'*/*'");
							assertThat(e.document().path("x-amazon-apigateway-binary-media-types").path(0).asString())
								.isEqualTo("*/*");
						}),
				new ExportCase("Accept application/yaml: the same document in YAML", "oas30", "integrations",
						"application/yaml", (e) -> {
							assertThat(e.response().contentType()).isEqualTo("application/yaml");
							assertThat(e.response().body().asUtf8String()).startsWith("openapi: 3.0.1\n")
								.contains("x-amazon-apigateway-integration:");
						}),
				new ExportCase("Accept application/json: Content-Type application/json", "oas30", null,
						"application/json",
						(e) -> assertThat(e.response().contentType()).isEqualTo("application/json")),
				new ExportCase("swagger: 2.0 with host, basePath /stage and https", "swagger", null, "application/json",
						(e) -> {
							assertThat(e.document().path("swagger").asString()).isEqualTo("2.0");
							assertThat(e.document().path("host").asString())
								.isEqualTo(e.seed().apiId() + ".execute-api.us-east-1.amazonaws.com");
							assertThat(e.document().path("basePath").asString()).isEqualTo("/dev");
							assertThat(e.document().path("schemes").path(0).asString()).isEqualTo("https");
						}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exportCases")
	void exportShape(ExportCase exportCase) throws Exception {
		String name = SeedApi.uniqueName("export");
		SeedApi seed = SeedApi.create(apigw, name);
		apigw.createDeployment((d) -> d.restApiId(seed.apiId()).stageName("dev"));

		GetExportResponse response = apigw.getExport((e) -> {
			e.restApiId(seed.apiId()).stageName("dev").exportType(exportCase.exportType()).accepts(exportCase.accept());
			if (exportCase.extensions() != null) {
				e.parameters(Map.of("extensions", exportCase.extensions()));
			}
		});

		JsonNode document = exportCase.accept().equals("application/json")
				? JSON.readTree(response.body().asByteArray()) : JSON.createObjectNode();
		exportCase.check().accept(new Exported(seed, name, response, document));
	}

	record ErrorCase(String label, Consumer<ApiGatewayClient> call, int status, String code, String message) {

		@Override
		public String toString() {
			return label;
		}

	}

	static Stream<ErrorCase> errorCases() {
		return Stream.of(new ErrorCase("GetExport of a stage that does not exist (GetStage's refusal)", (apigw) -> {
			SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("export-nostage"));
			apigw.getExport((e) -> e.restApiId(seed.apiId()).stageName("nope").exportType("oas30"));
		}, 404, "NotFoundException", "Invalid Stage identifier specified"),
				new ErrorCase("ImportRestApi of a body that is not a definition (Terraform's PutRestApi refusal)",
						(apigw) -> apigw.importRestApi((i) -> i.body(SdkBytes.fromUtf8String("not a definition"))), 400,
						"BadRequestException", "Invalid OpenAPI input."),
				new ErrorCase("ImportRestApi of JSON without openapi or swagger",
						(apigw) -> apigw.importRestApi(
								(i) -> i.body(SdkBytes.fromUtf8String("{\"info\":{\"title\":\"x\"},\"paths\":{}}"))),
						400, "BadRequestException", "Invalid OpenAPI input."),
				new ErrorCase("PutRestApi of an API that does not exist",
						(apigw) -> apigw.putRestApi(
								(p) -> p.restApiId("nope123456").body(SdkBytes.fromUtf8String(PETS.formatted("x")))),
						404, "NotFoundException", "Invalid API identifier specified 000000000000:nope123456"),
				new ErrorCase("PutRestApi with a mode outside botocore's PutMode enum (Coral's enum check)",
						(apigw) -> apigw.putRestApi((p) -> p.restApiId("nope123456")
							.mode("replace")
							.body(SdkBytes.fromUtf8String(PETS.formatted("x")))),
						400, "ValidationException",
						"1 validation error detected: Value 'replace' at 'putRestApiInput.mode' "
								+ "failed to satisfy constraint: Member must satisfy enum value set: "
								+ "[merge, overwrite]"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errorCases")
	void refusals(ErrorCase errorCase) {
		ApiGatewayException error = catchThrowableOfType(ApiGatewayException.class,
				() -> errorCase.call().accept(apigw));

		assertThat(error.statusCode()).isEqualTo(errorCase.status());
		assertThat(error.awsErrorDetails().errorCode()).isEqualTo(errorCase.code());
		assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(errorCase.message());
	}

	/**
	 * A small pets API in YAML: a path variable, a greedy one, query and header
	 * parameters, sigv4.
	 */
	static final String PETS = """
			openapi: 3.0.1
			info:
			  title: %s
			  version: "1.0"
			paths:
			  /pets:
			    get:
			      parameters:
			      - name: type
			        in: query
			      - name: X-Trace
			        in: header
			        required: true
			      responses:
			        "200":
			          description: 200 response
			          headers:
			            Access-Control-Allow-Origin:
			              schema:
			                type: string
			      security:
			      - sigv4: []
			      x-amazon-apigateway-integration:
			        type: http
			        httpMethod: GET
			        uri: http://petstore.example.com/pets
			        passthroughBehavior: when_no_match
			        responses:
			          default:
			            statusCode: "200"
			  /pets/{petId}:
			    get:
			      x-amazon-apigateway-integration:
			        type: mock
			  /files/{proxy+}:
			    x-amazon-apigateway-any-method:
			      x-amazon-apigateway-integration:
			        type: mock
			components:
			  securitySchemes:
			    sigv4:
			      type: apiKey
			      name: Authorization
			      in: header
			      x-amazon-apigateway-authtype: awsSigv4
			""";

	/** test_import_rest_api: 201 with AWS's defaults, the version from info.version. */
	@Test
	void importAnswersTheRestApiWithAwsDefaults() {
		String name = SeedApi.uniqueName("import");
		var imported = apigw.importRestApi((i) -> i.body(SdkBytes.fromUtf8String(PETS.formatted(name))));

		assertThat(imported.sdkHttpResponse().statusCode()).isEqualTo(201);
		assertThat(imported.name()).isEqualTo(name);
		assertThat(imported.version()).isEqualTo("1.0");
		assertThat(imported.apiKeySourceAsString()).isEqualTo("HEADER");
		assertThat(imported.endpointConfiguration().typesAsStrings()).containsExactly("EDGE");
		assertThat(imported.disableExecuteApiEndpoint()).isFalse();
		assertThat(imported.rootResourceId()).isNotBlank();
	}

	/**
	 * test_import_swagger_api: resources by path (variables and greedy ones), methods,
	 * parameters, responses.
	 */
	@Test
	void importMakesResourcesMethodsAndIntegrations() {
		String id = apigw
			.importRestApi((i) -> i.body(SdkBytes.fromUtf8String(PETS.formatted(SeedApi.uniqueName("pets")))))
			.id();

		List<Resource> resources = apigw.getResources((r) -> r.restApiId(id)).items();
		assertThat(resources).extracting(Resource::path)
			.containsExactly("/", "/files", "/files/{proxy+}", "/pets", "/pets/{petId}");
		String pets = resources.stream().filter((r) -> r.path().equals("/pets")).findFirst().orElseThrow().id();
		GetMethodResponse get = apigw.getMethod((m) -> m.restApiId(id).resourceId(pets).httpMethod("GET"));
		assertThat(get.authorizationType()).isEqualTo("AWS_IAM");
		assertThat(get.requestParameters()).containsExactlyInAnyOrderEntriesOf(
				Map.of("method.request.querystring.type", false, "method.request.header.X-Trace", true));
		assertThat(get.methodResponses().get("200").responseParameters())
			.containsExactlyEntriesOf(Map.of("method.response.header.Access-Control-Allow-Origin", false));
		assertThat(get.methodIntegration().typeAsString()).isEqualTo("HTTP");
		assertThat(get.methodIntegration().passthroughBehavior()).isEqualTo("WHEN_NO_MATCH");
		assertThat(get.methodIntegration().integrationResponses().get("200").selectionPattern()).isNull();
		String files = resources.stream()
			.filter((r) -> r.path().equals("/files/{proxy+}"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(apigw.getMethod((m) -> m.restApiId(id).resourceId(files).httpMethod("ANY")).authorizationType())
			.isEqualTo("NONE");
	}

	/**
	 * ImportRestApi's endpointConfigurationTypes parameter (botocore's
	 * ImportRestApiRequest.parameters).
	 */
	@Test
	void importTakesTheEndpointType() {
		var imported = apigw.importRestApi((i) -> i.parameters(Map.of("endpointConfigurationTypes", "REGIONAL"))
			.body(SdkBytes.fromUtf8String(PETS.formatted(SeedApi.uniqueName("regional")))));

		assertThat(imported.endpointConfiguration().typesAsStrings()).containsExactly("REGIONAL");
	}

	/**
	 * An import the services refuse (an HTTP integration without a URI) leaves no API
	 * behind.
	 */
	@Test
	void aRefusedImportLeavesNoApi() {
		String name = SeedApi.uniqueName("refused");
		String broken = PETS.formatted(name).replace("uri: http://petstore.example.com/pets\n", "");

		assertThat(catchThrowableOfType(ApiGatewayException.class,
				() -> apigw.importRestApi((i) -> i.body(SdkBytes.fromUtf8String(broken))))
			.statusCode()).isEqualTo(400);
		assertThat(apigw.getRestApis((g) -> g.limit(500)).items()).extracting(RestApi::name).doesNotContain(name);
	}

	/**
	 * PutRestApi's default mode, merge, adds the document's paths to those the API has.
	 */
	@Test
	void putMergesByDefault() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("merge"));

		apigw.putRestApi((p) -> p.restApiId(seed.apiId()).body(SdkBytes.fromUtf8String(PETS.formatted("merged"))));

		assertThat(apigw.getResources((r) -> r.restApiId(seed.apiId())).items()).extracting(Resource::path)
			.contains("/s3", "/pets", "/pets/{petId}");
	}

	/**
	 * The API-wide extensions (AWS's "OpenAPI extensions" page) and a validator named for
	 * every method (the recorded import snapshot's request-validators "basic" and the
	 * method's requestValidatorId).
	 */
	@Test
	void importReadsTheApiWideExtensionsAndValidators() {
		String definition = """
				{"openapi": "3.0.1", "info": {"title": "%s"},
				 "x-amazon-apigateway-api-key-source": "AUTHORIZER",
				 "x-amazon-apigateway-minimum-compression-size": 1024,
				 "x-amazon-apigateway-endpoint-configuration": {"types": ["REGIONAL"], \
				"disableExecuteApiEndpoint": true},
				 "x-amazon-apigateway-request-validators": {"basic": {"validateRequestBody": true, \
				"validateRequestParameters": true}},
				 "x-amazon-apigateway-request-validator": "basic",
				 "paths": {"/person": {"post": {"operationId": "CreatePerson",
				   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
				   "responses": {"200": {"description": "ok", \
				"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Empty"}}}}},
				   "x-amazon-apigateway-integration": {"type": "mock", "passthroughBehavior": "when_no_templates",
				     "requestTemplates": {"application/json": "{\\"statusCode\\": 200}"},
				     "responses": {"default": {"statusCode": "200"}}}}}}}
				""".formatted(SeedApi.uniqueName("extensions"));
		var imported = apigw.importRestApi((i) -> i.body(SdkBytes.fromUtf8String(definition)));

		assertThat(imported.apiKeySourceAsString()).isEqualTo("AUTHORIZER");
		assertThat(imported.minimumCompressionSize()).isEqualTo(1024);
		assertThat(imported.endpointConfiguration().typesAsStrings()).containsExactly("REGIONAL");
		assertThat(imported.disableExecuteApiEndpoint()).isTrue();
		var validators = apigw.getRequestValidators((v) -> v.restApiId(imported.id())).items();
		assertThat(validators).hasSize(1);
		assertThat(validators.get(0).name()).isEqualTo("basic");
		assertThat(validators.get(0).validateRequestBody()).isTrue();
		String person = apigw.getResources((r) -> r.restApiId(imported.id()))
			.items()
			.stream()
			.filter((r) -> r.path().equals("/person"))
			.findFirst()
			.orElseThrow()
			.id();
		var post = apigw.getMethod((m) -> m.restApiId(imported.id()).resourceId(person).httpMethod("POST"));
		assertThat(post.requestValidatorId()).isEqualTo(validators.get(0).id());
		assertThat(post.operationName()).isEqualTo("CreatePerson");
		assertThat(post.requestModels()).containsExactlyEntriesOf(Map.of("application/json", "Error"));
		assertThat(post.methodResponses().get("200").responseModels())
			.containsExactlyEntriesOf(Map.of("application/json", "Empty"));
		assertThat(post.methodIntegration().passthroughBehavior()).isEqualTo("WHEN_NO_TEMPLATES");
		assertThat(post.methodIntegration().requestTemplates()).containsEntry("application/json",
				"{\"statusCode\": 200}");
	}

	/**
	 * PutRestApi's overwrite mode: the API's resources, methods and binary media types
	 * are the document's alone.
	 */
	@Test
	void putOverwriteReplacesTheDefinition() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("overwrite"));
		apigw.putMethod(
				(m) -> m.restApiId(seed.apiId()).resourceId(seed.rootId()).httpMethod("GET").authorizationType("NONE"));

		var answer = apigw.putRestApi((p) -> p.restApiId(seed.apiId())
			.mode("overwrite")
			.body(SdkBytes.fromUtf8String(PETS.formatted("overwritten"))));

		assertThat(answer.binaryMediaTypes()).isEmpty();
		assertThat(answer.tags()).isEmpty();
		List<Resource> resources = apigw.getResources((r) -> r.restApiId(seed.apiId())).items();
		assertThat(resources).extracting(Resource::path)
			.containsExactly("/", "/files", "/files/{proxy+}", "/pets", "/pets/{petId}");
		assertThat(resources.get(0).resourceMethods()).isEmpty();
	}

	/**
	 * A Swagger 2.0 export (AWS's export page, exportType swagger) imports as the same
	 * method and integration.
	 */
	@Test
	void aSwaggerExportImportsAsTheSameMethod() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("swagger"));
		apigw.createDeployment((d) -> d.restApiId(seed.apiId()).stageName("dev"));
		SdkBytes swagger = apigw
			.getExport((e) -> e.restApiId(seed.apiId())
				.stageName("dev")
				.exportType("swagger")
				.parameters(Map.of("extensions", "integrations")))
			.body();

		String id = apigw.importRestApi((i) -> i.body(swagger)).id();

		String s3 = apigw.getResources((r) -> r.restApiId(id))
			.items()
			.stream()
			.filter((r) -> r.path().equals("/s3"))
			.findFirst()
			.orElseThrow()
			.id();
		var imported = apigw.getMethod((m) -> m.restApiId(id).resourceId(s3).httpMethod("GET"));
		var original = apigw
			.getMethod((m) -> m.restApiId(seed.apiId()).resourceId(seed.resourceId()).httpMethod("GET"));
		assertThat(imported.requestParameters()).isEqualTo(original.requestParameters());
		assertThat(imported.methodResponses()).isEqualTo(original.methodResponses());
		assertThat(imported.methodIntegration().toBuilder().cacheNamespace(null).build())
			.isEqualTo(original.methodIntegration().toBuilder().cacheNamespace(null).build());
		assertThat(apigw.getRestApi((g) -> g.restApiId(id)).binaryMediaTypes()).containsExactly("*/*");
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.ApiSnapshot;
import dev.imagegate.localcloud.apigateway.model.RestApi;
import dev.imagegate.localcloud.apigateway.model.Stage;

/**
 * The wire side of API definitions: GetExport answers a document in the Accept header's
 * format, ImportRestApi ({@code POST /restapis?mode=import}) and PutRestApi take one as
 * their body, with the options of botocore's {@code parameters} map as plain query
 * parameters.
 */
final class OpenApiHandlers {

	private final ApiGatewayStore store;

	private final String accountId;

	private final String region;

	private final OpenApiImport importer;

	OpenApiHandlers(ApiGatewayStore store, String accountId, String region, OpenApiImport importer) {
		this.store = store;
		this.accountId = accountId;
		this.region = region;
		this.importer = importer;
	}

	void register(Router router) {
		router
			.addDocument("POST", "/restapis", "import", "ImportRestApi",
					(call) -> Reply.created(importer.importApi(OpenApiDocument.read(call.document()), options(call))))
			.addDocument("PUT", "/restapis/{restapi_id}", null, "PutRestApi", this::put)
			.addDocument("GET", "/restapis/{restapi_id}/stages/{stage_name}/exports/{export_type}", null, "GetExport",
					this::export);
	}

	/** The mode is botocore's PutMode enum, checked first as Coral checks enums. */
	private Reply put(Call call) {
		String mode = call.query("mode");
		new Constraints("putRestApiInput").oneOf("mode", mode, List.of("merge", "overwrite")).check();
		return Reply.ok(withTags(store,
				importer.putApi(call.path("restapi_id"), OpenApiDocument.read(call.document()), mode, options(call))));
	}

	private static Map<String, String> options(Call call) {
		return call.queryExcept("mode", "failonwarnings");
	}

	/**
	 * PutRestApi answers as UpdateRestApi does: with the API's tags, {@code {}} when it
	 * has none.
	 */
	private static RestApi withTags(ApiGatewayStore store, RestApi api) {
		RestApi answer = ApiGatewayJson.copy(store.mapper(), api, RestApi.class);
		answer.tags = (answer.tags != null) ? answer.tags : Map.of();
		return answer;
	}

	private Reply export(Call call) {
		String exportType = call.path("export_type");
		if (!exportType.equals("oas30") && !exportType.equals("swagger")) {
			throw Errors.badRequest("Invalid export type specified: " + exportType);
		}
		String contentType = contentType(call.accept());
		String extensions = String.valueOf(call.query("extensions"));
		OpenApiExport.Request request = new OpenApiExport.Request(exportType.equals("swagger"),
				extensions.contains("integrations"), extensions.contains("apigateway"));
		return store.read((state) -> {
			ApiRecord api = state.api(accountId, call.path("restapi_id"));
			Stage stage = api.stage(call.path("stage_name"));
			DeploymentRecord deployment = api.deployment(stage.deploymentId);
			ApiSnapshot snapshot = ApiGatewayJson.copy(store.mapper(), deployment.snapshot, ApiSnapshot.class);
			OpenApiExport.Served served = new OpenApiExport.Served(api.api.id, stage.stageName, region,
					deployment.deployment.createdDate);
			byte[] document = OpenApiDocument.write(OpenApiExport.export(snapshot, served, request), contentType);
			String extension = contentType.equals(OpenApiDocument.YAML) ? "yaml" : "json";
			return Reply.document(document, contentType,
					"attachment; filename=\"" + exportType + "_" + served.version() + "." + extension + "\"");
		});
	}

	/**
	 * JSON unless YAML is asked for; anything else is refused, as only these two are
	 * supported.
	 */
	private static String contentType(String accept) {
		if (accept == null || accept.isBlank() || accept.contains("*/*") || accept.contains(OpenApiDocument.JSON)) {
			return OpenApiDocument.JSON;
		}
		if (accept.contains(OpenApiDocument.YAML)) {
			return OpenApiDocument.YAML;
		}
		throw Errors.badRequest("Unsupported Accept header: " + accept);
	}

}

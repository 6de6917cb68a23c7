package dev.imagegate.endpoints;

import java.net.http.HttpResponse;

import dev.imagegate.CloudSnapshot;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import dev.imagegate.RestApis;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over HTTP, as a platform team's script would use it. */
@LocalCloudTest
class EndpointsApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	S3Client s3;

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	CloudSnapshot.Taker cloud;

	@Test
	void planRunListGetAndDeleteAnEndpoint() throws Exception {
		s3.createBucket((b) -> b.bucket("json-api-bucket"));
		s3.putObject((p) -> p.bucket("json-api-bucket").key("images/a.png").contentType("image/png"),
				RequestBody.fromString("png"));
		String spec = """
				{"bucket":"json-api-bucket","apiName":"json-api","roleMode":"least-privilege",
				 "throttle":{"rateLimit":10,"burstLimit":5}}""";

		HttpResponse<String> plan = send("POST", "/api/plan", spec);
		assertThat(plan.statusCode()).isEqualTo(200);
		assertThat(json(plan).at("/steps/2/changes/0/operation").asString()).isEqualTo("CreateRestApi");

		HttpResponse<String> created = send("POST", "/api/endpoints", spec);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode result = json(created);
		String apiId = result.get("apiId").asString();
		assertThat(created.headers().firstValue("Location")).contains("/api/endpoints/" + apiId);
		assertThat(result.get("invokeUrl").asString()).endsWith("/" + apiId + "/test/s3?image={key}");
		assertThat(result.get("stage").asString()).isEqualTo("test");
		assertThat(result.get("steps")).hasSize(9);
		assertThat(result.at("/steps/0/name").asString()).isEqualTo("bucket");
		assertThat(result.at("/steps/0/status").asString()).isEqualTo("done");
		assertThat(result.at("/steps/2/awsCalls").toString()).contains("CreateRestApi");
		assertThat(result.at("/steps/2/durationMs").isNumber()).isTrue();
		assertThat(result.get("verification").get("status").asString()).isNotBlank();
		String verified = result.at("/verification/status").asString();
		assertThat(result.at("/steps/8/name").asString()).isEqualTo("verification");
		assertThat(result.at("/steps/8/status").asString()).as("the step says what the verification did")
			.isEqualTo(verified.equals("passed") ? "done" : verified.equals("failed") ? "failed" : "skipped");

		HttpResponse<String> again = send("POST", "/api/endpoints", spec);
		assertThat(again.statusCode()).as("a re-run creates nothing").isEqualTo(200);
		assertThat(again.headers().firstValue("Location")).isEmpty();
		assertThat(json(again).get("apiId").asString()).isEqualTo(apiId);

		// The same name with another spec would re-point the endpoint: refused unless
		// meant.
		String other = spec.replace("\"roleMode\":\"least-privilege\"",
				"\"roleMode\":\"least-privilege\",\"prefix\":\"thumbs/\"");
		CloudSnapshot before = cloud.take();
		HttpResponse<String> taken = send("POST", "/api/endpoints", other);
		assertThat(taken.statusCode()).isEqualTo(409);
		assertThat(taken.body()).contains("An endpoint named json-api already exists (" + apiId)
			.contains("serving s3://json-api-bucket/images/")
			.contains("?update=true");
		assertThat(cloud.take()).isEqualTo(before);
		HttpResponse<String> updated = send("POST", "/api/endpoints?update=true", other);
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(json(send("GET", "/api/endpoints/" + apiId, null)).get("prefix").asString()).isEqualTo("thumbs/");

		HttpResponse<String> list = send("GET", "/api/endpoints", null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(apiId).contains("json-api-bucket");

		HttpResponse<String> one = send("GET", "/api/endpoints/" + apiId, null);
		assertThat(json(one).get("prefix").asString()).as("as updated").isEqualTo("thumbs/");

		HttpResponse<String> deleted = send("DELETE", "/api/endpoints/" + apiId, null);
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(json(deleted).get("roleDeleted").asBoolean()).isTrue();

		HttpResponse<String> gone = send("GET", "/api/endpoints/" + apiId, null);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.headers().firstValue("Content-Type")).contains("application/problem+json");
	}

	@Test
	void aBadSpecIsAProblemWithFieldErrorsAndChangesNothing() throws Exception {
		HttpResponse<String> response = send("POST", "/api/endpoints", """
				{"bucket":"Not_A_Bucket","apiName":"bad api","prefix":"../x/","stage":"te-st",
				 "throttle":{"rateLimit":0,"burstLimit":99999}}""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("title").asString()).isEqualTo("Invalid spec");
		assertThat(problem.get("errors").propertyNames()).contains("bucket", "apiName", "prefix", "stage",
				"throttle.rateLimit", "throttle.burstLimit");
		assertThat(RestApis.all(apiGateway)).noneMatch((api) -> api.name().equals("bad api"));
	}

	@Test
	void aMissingFieldOrMalformedJsonIsAClearProblem() throws Exception {
		HttpResponse<String> missing = send("POST", "/api/plan", "{\"apiName\":\"no-bucket\"}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(json(missing).at("/errors/bucket").asString()).isNotBlank();

		HttpResponse<String> malformed = send("POST", "/api/plan", "{\"bucket\":");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(json(malformed).get("title").asString()).isEqualTo("Malformed request body");

		HttpResponse<String> badEnum = send("POST", "/api/plan",
				"{\"bucket\":\"abc\",\"apiName\":\"x\",\"roleMode\":\"admin\"}");
		assertThat(badEnum.statusCode()).isEqualTo(400);
	}

	@Test
	void aRunThatFailsAnswers422WithTheFailedStep() throws Exception {
		HttpResponse<String> response = send("POST", "/api/endpoints",
				"{\"bucket\":\"json-api-no-such-bucket\",\"apiName\":\"json-api-fails\"}");

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode result = json(response);
		assertThat(result.get("succeeded").asBoolean()).isFalse();
		assertThat(result.at("/steps/0/status").asString()).isEqualTo("failed");
		assertThat(result.at("/steps/0/error/code").asString()).isEqualTo("NoSuchBucket");
		assertThat(result.at("/steps/1/status").asString()).isEqualTo("not-run");
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		return new PortalClient(port).api(method, path, body);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}

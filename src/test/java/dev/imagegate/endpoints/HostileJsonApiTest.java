package dev.imagegate.endpoints;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import dev.imagegate.CloudSnapshot;
import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * What a careless script or an attacker sends the JSON API: each is refused with the
 * status and the reason a user needs (naming the field, never a Java type), as a problem
 * detail, and the cloud is exactly as it was before. Both the plan and the run are tried:
 * a run that got past validation would create things. Each case lists the cloud's names
 * before and after; the whole class, everything (keys, resources, policies): listing
 * everything for each of the hundred cases took half a minute in a full cloud.
 */
@LocalCloudTest
class HostileJsonApiTest {

	private static CloudSnapshot beforeTheClass;

	@BeforeAll
	static void listEverything(@Autowired CloudSnapshot.Taker cloud) {
		beforeTheClass = cloud.take();
	}

	@AfterAll
	static void nothingChangedAtAll(@Autowired CloudSnapshot.Taker cloud) {
		assertThat(cloud.take()).isEqualTo(beforeTheClass);
	}

	private static final String GOOD = """
			"bucket":"hostile-bucket","createBucket":true,"apiName":"hostile-api\"""";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	CloudSnapshot.Taker cloud;

	static Stream<Arguments> specs() {
		return Stream.of(
				spec("misspelt bucket", "{\"bukcet\":\"x\",\"apiName\":\"a\"}", 400,
						"\"bukcet\":\"is not a field of the spec\""),
				spec("misspelt prefix", "{" + GOOD + ",\"prefx\":\"images/\"}", 400,
						"\"prefx\":\"is not a field of the spec\""),
				spec("number for the bucket", "{\"bucket\":123,\"apiName\":\"a\"}", 400,
						"\"bucket\":\"must be a string\""),
				spec("boolean for the API name", "{\"bucket\":\"hostile-bucket\",\"apiName\":true}", 400,
						"\"apiName\":\"must be a string\""),
				spec("object for the bucket", "{\"bucket\":{\"$gt\":\"\"},\"apiName\":\"a\"}", 400,
						"\"bucket\":\"must be a string\""),
				spec("array for the stage", "{" + GOOD + ",\"stage\":[\"test\"]}", 400,
						"\"stage\":\"must be a string\""),
				spec("fraction for the burst limit", "{" + GOOD + ",\"throttle\":{\"rateLimit\":5,\"burstLimit\":1.5}}",
						400, "\"throttle.burstLimit\":\"must be a whole number\""),
				spec("string for the burst limit",
						"{" + GOOD + ",\"throttle\":{\"rateLimit\":5,\"burstLimit\":\"10\"}}", 400,
						"\"throttle.burstLimit\":\"must be a whole number\""),
				spec("NaN string for the rate", "{" + GOOD + ",\"throttle\":{\"rateLimit\":\"NaN\",\"burstLimit\":1}}",
						400, "\"throttle.rateLimit\":\"must be a number\""),
				spec("NaN literal for the rate", "{" + GOOD + ",\"throttle\":{\"rateLimit\":NaN,\"burstLimit\":1}}",
						400, "not valid JSON"),
				spec("infinite rate", "{" + GOOD + ",\"throttle\":{\"rateLimit\":1e400,\"burstLimit\":1}}", 400,
						"\"throttle.rateLimit\""),
				spec("burst limit beyond an int",
						"{" + GOOD + ",\"throttle\":{\"rateLimit\":5,\"burstLimit\":99999999999}}", 400,
						"throttle.burstLimit"),
				spec("zero rate", "{" + GOOD + ",\"throttle\":{\"rateLimit\":0,\"burstLimit\":1}}", 400,
						"\"throttle.rateLimit\":\"must be greater than 0\""),
				spec("negative burst", "{" + GOOD + ",\"throttle\":{\"rateLimit\":5,\"burstLimit\":-1}}", 400,
						"\"throttle.burstLimit\""),
				spec("burst over API Gateway's limit",
						"{" + GOOD + ",\"throttle\":{\"rateLimit\":5,\"burstLimit\":5001}}", 400,
						"\"throttle.burstLimit\""),
				spec("rate over the limit", "{" + GOOD + ",\"throttle\":{\"rateLimit\":10001,\"burstLimit\":1}}", 400,
						"\"throttle.rateLimit\""),
				spec("throttle without its numbers", "{" + GOOD + ",\"throttle\":{}}", 400, "\"throttle.rateLimit\""),
				spec("string for the throttle", "{" + GOOD + ",\"throttle\":\"fast\"}", 400,
						"\"throttle\":\"must be an object\""),
				spec("string for createBucket",
						"{" + GOOD.replace("\"createBucket\":true", "\"createBucket\":\"true\"") + "}", 400,
						"\"createBucket\":\"must be true or false\""),
				spec("number for createBucket", "{" + GOOD.replace("\"createBucket\":true", "\"createBucket\":1") + "}",
						400, "\"createBucket\":\"must be true or false\""),
				spec("unknown role mode", "{" + GOOD + ",\"roleMode\":\"admin\"}", 400,
						"\"roleMode\":\"must be one of least-privilege, s3-read-only\""),
				spec("number for the role mode", "{" + GOOD + ",\"roleMode\":5}", 400, "\"roleMode\""),
				spec("resource ..", "{" + GOOD + ",\"resource\":\"..\"}", 400, "\"resource\":\"must not be . or ..\""),
				spec("resource .", "{" + GOOD + ",\"resource\":\".\"}", 400, "\"resource\":\"must not be . or ..\""),
				spec("resource with a slash", "{" + GOOD + ",\"resource\":\"a/b\"}", 400, "\"resource\""),
				spec("resource with a brace", "{" + GOOD + ",\"resource\":\"{proxy+}\"}", 400, "\"resource\""),
				spec("prefix ../", "{" + GOOD + ",\"prefix\":\"../\"}", 400, "\"prefix\""),
				spec("prefix with a .. segment", "{" + GOOD + ",\"prefix\":\"images/../\"}", 400, "\"prefix\""),
				spec("prefix without its slash", "{" + GOOD + ",\"prefix\":\"images\"}", 400, "\"prefix\""),
				spec("prefix starting with a slash", "{" + GOOD + ",\"prefix\":\"/images/\"}", 400, "\"prefix\""),
				spec("stage with a hyphen", "{" + GOOD + ",\"stage\":\"te-st\"}", 400, "\"stage\""),
				spec("empty stage", "{" + GOOD + ",\"stage\":\"\"}", 400, "\"stage\""),
				spec("empty API name", "{\"bucket\":\"hostile-bucket\",\"apiName\":\"\"}", 400, "\"apiName\""),
				spec("API name too long", "{\"bucket\":\"hostile-bucket\",\"apiName\":\"" + "a".repeat(55) + "\"}", 400,
						"\"apiName\""),
				spec("markup in the API name", "{\"bucket\":\"hostile-bucket\",\"apiName\":\"<script>x</script>\"}",
						400, "\"apiName\""),
				spec("bucket in capitals", "{\"bucket\":\"Hostile\",\"apiName\":\"a\"}", 400, "\"bucket\""),
				spec("bucket too short", "{\"bucket\":\"ab\",\"apiName\":\"a\"}", 400, "\"bucket\""),
				spec("bucket like an IP address", "{\"bucket\":\"192.168.1.1\",\"apiName\":\"a\"}", 400, "\"bucket\""),
				spec("bucket with ..", "{\"bucket\":\"a..b\",\"apiName\":\"a\"}", 400, "\"bucket\""),
				spec("missing bucket", "{\"apiName\":\"a\"}", 400, "\"bucket\""),
				spec("null bucket", "{\"bucket\":null,\"apiName\":\"a\"}", 400, "\"bucket\""),
				spec("query parameter with a space", "{" + GOOD + ",\"queryParameter\":\"a b\"}", 400,
						"\"queryParameter\""),
				spec("region that is not one", "{" + GOOD + ",\"region\":\"mars-1\"}", 400, "\"region\""),
				spec("JSON array", "[]", 400, "must be an object"),
				spec("JSON null", "null", 400, "Malformed request body"), spec("empty body", "", 400, "missing"),
				spec("cut-off JSON", "{\"bucket\":", 400, "not valid JSON"),
				spec("two JSON values", "{" + GOOD + "}{}", 400, "more than one JSON value"),
				spec("not JSON at all", "bucket=x&apiName=y", 400, "not valid JSON"));
	}

	@ParameterizedTest
	@MethodSource("specs")
	void aBadSpecIsRefusedAndChangesNothing(String body, int status, String reason) throws Exception {
		CloudSnapshot before = cloud.names();
		for (String path : new String[] { "/api/plan", "/api/endpoints" }) {
			HttpResponse<String> response = send("POST", path, "application/json", body);

			assertThat(response.statusCode()).as(path).isEqualTo(status);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains(reason)
				.doesNotContainPattern("java\\.|dev\\.imagegate|tools\\.jackson");
		}
		assertThat(cloud.names()).isEqualTo(before);
	}

	static Stream<Arguments> requests() {
		return Stream.of(
				request("a declared 70 KB body", "POST", "/api/endpoints", "application/json",
						"{\"bucket\":\"" + "a".repeat(70 * 1024) + "\"}", 413, "larger than 64 KB"),
				request("a spec as plain text", "POST", "/api/endpoints", "text/plain", "{" + GOOD + "}", 415, ""),
				request("a spec as a form", "POST", "/api/plan", "application/x-www-form-urlencoded",
						"bucket=hostile-bucket&apiName=a", 415, ""),
				request("a teardown of an unknown endpoint", "DELETE", "/api/endpoints/nosuchapi1", null, null, 404,
						"nosuchapi1"),
				request("an unknown endpoint", "GET", "/api/endpoints/nosuchapi2", null, null, 404, "nosuchapi2"),
				request("a verb the API does not take", "PUT", "/api/endpoints", "application/json", "{" + GOOD + "}",
						405, ""));
	}

	@ParameterizedTest
	@MethodSource("requests")
	void aWrongRequestIsRefusedAndChangesNothing(String method, String path, String contentType, String body,
			int status, String reason) throws Exception {
		CloudSnapshot before = cloud.names();

		HttpResponse<String> response = send(method, path, contentType, body);

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.body()).contains(reason).doesNotContainPattern("java\\.|dev\\.imagegate|tools\\.jackson");
		assertThat(cloud.names()).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("specs")
	void withoutCredentialsNothingIsEvenRead(String body, int status, String reason) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/endpoints"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
	}

	private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(
						(LocalCloudTest.USER + ":" + LocalCloudTest.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static Arguments spec(String name, String body, int status, String reason) {
		return argumentSet(name, body, status, reason);
	}

	private static Arguments request(String name, String method, String path, String contentType, String body,
			int status, String reason) {
		return argumentSet(name, method, path, contentType, body, status, reason);
	}

}

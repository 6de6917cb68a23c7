package dev.imagegate.localcloud.executeapi;

import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.ApiSnapshot;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.apigateway.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Query parsing, path substitution and routing, without a server. */
class RequestMappingTest {

	@Test
	void queryStringsDecodePlusAsSpaceAndKeepTheLastValue() {
		assertThat(InvocationParser.query("image=a+b.jpg&x=1&image=c%2Bd%20e.jpg&flag"))
			.containsExactly(entry("image", "c+d e.jpg"), entry("x", "1"), entry("flag", ""));
		assertThat(InvocationParser.query("image=%E2%9C%93%zz")).containsEntry("image", "✓%zz");
	}

	@Test
	void pathValuesAreSubstitutedPercentEncodedSlashIncluded() {
		assertThat(S3PathTemplate.parse("bucket/images/{image}").expand(Map.of("image", "../a b/ü+.jpg")))
			.isEqualTo("bucket/images/..%2Fa%20b%2F%C3%BC%2B.jpg");
		assertThat(S3PathTemplate.parse("bucket/{folder}/{item+}").expand(Map.of("folder", "x")))
			.isEqualTo("bucket/x/");
		assertThat(S3PathTemplate.parse("{a}{b}-{}/{c++}").expand(Map.of("a", "1", "b", "2", "c+", "3")))
			.isEqualTo("12-{}/3");
	}

	@Test
	void onlyS3PathUrisHaveATemplateAndEachIsParsedOnce() {
		String uri = "arn:aws:apigateway:us-east-1:s3:path/bucket/{key}";
		assertThat(S3PathTemplate.ofUri(uri)).get().isSameAs(S3PathTemplate.ofUri(uri).get());
		assertThat(S3PathTemplate.ofUri(uri).get().expand(Map.of("key", "a/b"))).isEqualTo("bucket/a%2Fb");
		assertThat(S3PathTemplate.ofUri("arn:aws:apigateway:us-east-1:s3:action/GetObject")).isEmpty();
	}

	@Test
	void stageVariablesAreSubstitutedIntoUrisAndAMissingOneIsEmpty() {
		assertThat(ParameterSources.withStageVariables("s3:path/${stageVariables.bucket}/${stageVariables.dir}/{key}",
				Map.of("bucket", "b$1\\x")))
			.isEqualTo("s3:path/b$1\\x//{key}");
		assertThat(ParameterSources.withStageVariables("s3:path/bucket/{key}", Map.of()))
			.isEqualTo("s3:path/bucket/{key}");
		assertThat(ParameterSources.withStageVariables(null, Map.of())).isNull();
	}

	/**
	 * The developer guide's context variables reference: formats of the ones an S3 proxy
	 * maps.
	 */
	@Test
	void contextVariablesHaveAwsFormats() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/_aws/execute-api/api1/test/s3");
		request.setRemoteAddr("192.0.2.7");
		request.setProtocol("HTTP/1.1");
		Invocation invocation = new Invocation("req", "apigw", "GET", "api1", "test", List.of("files", "a b.png"),
				Map.of(), Map.of("host", "api1.execute-api.localhost:4566", "user-agent", "curl/8"), request);

		assertThat(context("context.path", invocation)).isEqualTo("/test/files/a b.png");
		assertThat(context("context.protocol", invocation)).isEqualTo("HTTP/1.1");
		assertThat(context("context.domainName", invocation)).isEqualTo("api1.execute-api.localhost:4566");
		assertThat(context("context.identity.sourceIp", invocation)).isEqualTo("192.0.2.7");
		assertThat(context("context.identity.userAgent", invocation)).isEqualTo("curl/8");
		assertThat(context("context.requestTime", invocation))
			.matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
		assertThat(Long.parseLong(context("context.requestTimeEpoch", invocation))).isPositive();
		assertThat(context("context.resourcePath", invocation)).isEqualTo("/files/{name}");
		assertThat(context("context.nonsense", invocation)).isNull();
	}

	private static String context(String expression, Invocation invocation) {
		return ParameterSources.resolve(expression, invocation, Map.of(), Map.of(), "/files/{name}");
	}

	@Test
	void routesPreferLiteralsThenParametersThenGreedyAndFallBackToAny() {
		ApiSnapshot snapshot = new ApiSnapshot();
		snapshot.resources = Map.of("r", resource("/", "GET"), "a", resource("/files/{name}", "GET"), "b",
				resource("/files/latest", "GET"), "c", resource("/files/{path+}", "ANY"));
		CompiledApi api = CompiledApi.compile(snapshot);

		assertThat(api.route("GET", List.of("files", "latest")).resourcePath()).isEqualTo("/files/latest");
		assertThat(api.route("GET", List.of("files", "x")).pathParameters()).containsEntry("name", "x");
		var greedy = api.route("DELETE", List.of("files", "a", "b"));
		assertThat(greedy.resourcePath()).isEqualTo("/files/{path+}");
		assertThat(greedy.pathParameters()).containsEntry("path", "a/b");
		assertThat(api.route("GET", List.of()).resourcePath()).isEqualTo("/");
		assertThatThrownBy(() -> api.route("POST", List.of("files", "x"))).isInstanceOf(ExecuteApiException.class)
			.hasMessageContaining("Missing Authentication Token");
		assertThatThrownBy(() -> api.route("GET", List.of("other"))).isInstanceOf(ExecuteApiException.class);
	}

	private static Resource resource(String path, String method) {
		Resource resource = new Resource();
		resource.path = path;
		Method m = new Method();
		m.httpMethod = method;
		resource.resourceMethods = Map.of(method, m);
		return resource;
	}

}

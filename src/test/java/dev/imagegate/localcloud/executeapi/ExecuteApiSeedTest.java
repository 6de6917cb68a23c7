package dev.imagegate.localcloud.executeapi;

import java.net.URI;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.imagegate.localcloud.executeapi.ExecuteApiFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's exact configuration, served through all three URL forms. */
class ExecuteApiSeedTest extends ExecuteApiTest {

	String bucket;

	ExecuteApiFixture.Api api;

	final byte[] image = ExecuteApiFixture.allBytes();

	@BeforeEach
	void seed() {
		bucket = fixture.bucket("exec-seed");
		fixture.put(bucket, "images/porsche-911.jpg", image, "image/jpeg");
		String role = fixture.role(ExecuteApiFixture.TRUST_API_GATEWAY, null, true);
		api = fixture.seedApi(bucket, role);
		fixture.deploy(api.id(), "test");
	}

	@Test
	void returnsTheImageByteForByteWithTheSeedsStaticContentType() {
		var response = fixture.get(fixture.url(api.id(), "test", "/s3?image=porsche-911.jpg"), "Accept",
				"image/webp,image/*,*/*;q=0.8");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(image);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("*/*");
		assertThat(response.headers().firstValue("x-amzn-RequestId")).get().asString().hasSize(36);
		assertThat(response.headers().firstValue("x-amz-apigw-id")).get().asString().hasSize(16);
		assertThat(response.headers().firstValue("ETag")).isEmpty();
		assertThat(response.headers().firstValue("X-Amzn-Trace-Id")).get()
			.asString()
			.matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24}");
	}

	/**
	 * LocalStack's InvocationResponseEnricher (after AWS): a trace id where the
	 * integration answered, none on gateway errors.
	 */
	@Test
	void aTraceIdComesWithIntegrationAnswersAndAClientsOwnIsKept() {
		String trace = "Root=1-5759e988-bd862e3fe1be46a994272793";
		var answered = fixture.get(fixture.url(api.id(), "test", "/s3?image=porsche-911.jpg"), "Accept", "image/jpeg",
				"X-Amzn-Trace-Id", trace);
		assertThat(answered.headers().firstValue("X-Amzn-Trace-Id")).hasValue(trace);

		var gatewayError = fixture.get(fixture.url(api.id(), "test", "/s4"));
		assertThat(gatewayError.statusCode()).isEqualTo(403);
		assertThat(gatewayError.headers().firstValue("X-Amzn-Trace-Id")).isEmpty();
	}

	@Test
	void withoutAcceptTheImageComesBase64EncodedAsOnAws() {
		var response = fixture.get(fixture.url(api.id(), "test", "/s3?image=porsche-911.jpg"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(text(response)).isEqualTo(Base64.getEncoder().encodeToString(image));
	}

	@Test
	void servesTheLegacyAndHostNameForms() {
		URI endpoint = localCloud.endpoint();
		var legacy = fixture.get(endpoint + "/restapis/" + api.id() + "/test/_user_request_/s3?image=porsche-911.jpg",
				"Accept", "image/jpeg");
		assertThat(legacy.statusCode()).isEqualTo(200);
		assertThat(legacy.body()).isEqualTo(image);

		var hosted = fixture.getWithHost(api.id() + ".execute-api.localhost:" + endpoint.getPort(),
				"/test/s3?image=porsche-911.jpg", "image/jpeg");
		assertThat(hosted.status()).isEqualTo(200);
		assertThat(hosted.body()).isEqualTo(image);
		assertThat(hosted.head()).containsIgnoringCase("x-amzn-RequestId: ");
	}

	@Test
	void aMissingImageHasNoMatchingIntegrationResponseAndIsA500() {
		var response = fixture.get(fixture.url(api.id(), "test", "/s3?image=nope.jpg"), "Accept", "image/jpeg");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(text(response)).isEqualTo("{\"message\": \"Internal server error\"}");
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServerErrorException");
		assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
	}

	@Test
	void requiredIsNotEnforcedWithoutAValidator() {
		var response = fixture.get(fixture.url(api.id(), "test", "/s3"), "Accept", "image/jpeg");

		// S3 is asked for "images/", which is not there: no 2xx, so the seed's only
		// response does not match,
		// and API Gateway answers its own 500 (not a crash: the body and error type say
		// which 500 it is).
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(text(response)).isEqualTo("{\"message\": \"Internal server error\"}");
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServerErrorException");
	}

	@Test
	void unknownPathsMethodsStagesAndApis() {
		var path = fixture.get(fixture.url(api.id(), "test", "/s4?image=porsche-911.jpg"));
		assertThat(path.statusCode()).isEqualTo(403);
		assertThat(text(path)).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
		assertThat(path.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
		assertThat(path.headers().firstValue("x-amz-apigw-id")).isPresent();

		var method = fixture.send("POST", fixture.url(api.id(), "test", "/s3?image=porsche-911.jpg"));
		assertThat(method.statusCode()).isEqualTo(403);
		assertThat(text(method)).isEqualTo("{\"message\":\"Missing Authentication Token\"}");

		var root = fixture.get(fixture.url(api.id(), "test", ""));
		assertThat(root.statusCode()).isEqualTo(403);
		assertThat(text(root)).isEqualTo("{\"message\":\"Missing Authentication Token\"}");

		var stage = fixture.get(fixture.url(api.id(), "prod", "/s3?image=porsche-911.jpg"));
		assertThat(stage.statusCode()).isEqualTo(403);
		assertThat(text(stage)).isEqualTo("{\"message\":\"Forbidden\"}");
		assertThat(stage.headers().firstValue("x-amzn-ErrorType")).hasValue("ForbiddenException");

		var unknownApi = fixture.get(fixture.url("nosuchapi1", "test", "/s3?image=porsche-911.jpg"));
		assertThat(unknownApi.statusCode()).isEqualTo(404);
		assertThat(text(unknownApi)).isEqualTo("{\"message\":\"Not Found\"}");
		assertThat(unknownApi.headers().firstValue("x-amzn-RequestId")).isPresent();
	}

	@Test
	void anUndeployedChangeHasNoEffectUntilTheNextDeployment() {
		apigw.putIntegrationResponse((p) -> p.restApiId(api.id())
			.resourceId(api.resourceId())
			.httpMethod("GET")
			.statusCode("200")
			.selectionPattern("2\\d{2}")
			.responseParameters(java.util.Map.of("method.response.header.Content-Type", "'image/jpeg'")));
		String url = fixture.url(api.id(), "test", "/s3?image=porsche-911.jpg");

		assertThat(fixture.get(url, "Accept", "image/jpeg").headers().firstValue("Content-Type")).hasValue("*/*");

		fixture.deploy(api.id(), "test");
		assertThat(fixture.get(url, "Accept", "image/jpeg").headers().firstValue("Content-Type"))
			.hasValue("image/jpeg");
	}

	@Test
	void aRepeatedQueryParameterKeepsItsLastValue() {
		var response = fixture.get(fixture.url(api.id(), "test", "/s3?image=nope.jpg&image=porsche-911.jpg"), "Accept",
				"image/jpeg");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(image);
	}

}

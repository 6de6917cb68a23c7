package dev.imagegate.localcloud.apigateway;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ApiKeySourceType;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.EndpointType;
import software.amazon.awssdk.services.apigateway.model.GetRestApisResponse;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.RestApi;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CreateRestApi, GetRestApi(s), UpdateRestApi, DeleteRestApi and the wire's error shape.
 */
@LocalCloudTest
class RestApiOperationsTest {

	@Autowired
	ApiGatewayClient apigw;

	@Autowired
	LocalCloud localCloud;

	@Test
	void createAppliesAwsDefaultsAndMakesTheRootResource() {
		String name = SeedApi.uniqueName("defaults");
		long before = Instant.now().getEpochSecond();
		var created = apigw.createRestApi((b) -> b.name(name).description("images"));

		assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
		assertThat(created.id()).matches("[a-z0-9]{10}");
		assertThat(created.name()).isEqualTo(name);
		assertThat(created.description()).isEqualTo("images");
		assertThat(created.apiKeySource()).isEqualTo(ApiKeySourceType.HEADER);
		assertThat(created.disableExecuteApiEndpoint()).isFalse();
		assertThat(created.endpointConfiguration().types()).containsExactly(EndpointType.EDGE);
		assertThat(created.createdDate().getEpochSecond()).isBetween(before - 1, Instant.now().getEpochSecond() + 1);
		assertThat(created.binaryMediaTypes()).isEmpty();

		var resources = apigw.getResources((b) -> b.restApiId(created.id())).items();
		assertThat(resources).hasSize(1);
		assertThat(resources.get(0).id()).isEqualTo(created.rootResourceId());
		assertThat(resources.get(0).path()).isEqualTo("/");
		assertThat(resources.get(0).parentId()).isNull();

		var read = apigw.getRestApi((b) -> b.restApiId(created.id()));
		assertThat(read.name()).isEqualTo(name);
		assertThat(read.rootResourceId()).isEqualTo(created.rootResourceId());
	}

	@Test
	void createTakesBinaryTypesEndpointTypeAndTags() {
		var created = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("options"))
			.binaryMediaTypes("image/png", "*/*")
			.endpointConfiguration((e) -> e.types(EndpointType.REGIONAL))
			.tags(Map.of("imagegate:managed", "true")));

		var read = apigw.getRestApi((b) -> b.restApiId(created.id()));
		assertThat(read.binaryMediaTypes()).containsExactly("image/png", "*/*");
		assertThat(read.endpointConfiguration().types()).containsExactly(EndpointType.REGIONAL);
		assertThat(read.tags()).containsExactlyEntriesOf(Map.of("imagegate:managed", "true"));
	}

	@Test
	void createWithoutNameIsBadRequest() {
		assertThatThrownBy(() -> apigw.createRestApi((b) -> b.description("no name")))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("BadRequestException");
				assertThat(ex.awsErrorDetails().errorMessage()).contains("name");
			});
	}

	@Test
	void unknownApiIsNotFoundNamingAccountAndId() {
		assertThatThrownBy(() -> apigw.getRestApi((b) -> b.restApiId("nosuchapi1")))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NotFoundException");
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Invalid API identifier specified 000000000000:nosuchapi1");
			});
	}

	@Test
	void getRestApisPagesWithLimitAndPosition() {
		Set<String> mine = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			mine.add(apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("paging"))).id());
		}
		List<String> seen = new ArrayList<>();
		String position = null;
		int pages = 0;
		do {
			String from = position;
			GetRestApisResponse page = apigw.getRestApis((b) -> b.limit(2).position(from));
			assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
			page.items().stream().map(RestApi::id).forEach(seen::add);
			position = page.position();
			pages++;
		}
		while (position != null);

		assertThat(seen).doesNotHaveDuplicates().containsAll(mine);
		assertThat(pages).isGreaterThanOrEqualTo(3);
		assertThat(apigw.getRestApis((b) -> b.limit(500)).items()).extracting(RestApi::id).containsAll(mine);
		assertThat(apigw.getRestApisPaginator((b) -> b.limit(1)).items()).extracting(RestApi::id).containsAll(mine);
	}

	@Test
	void invalidLimitIsBadRequest() {
		assertThatThrownBy(() -> apigw.getRestApis((b) -> b.limit(501))).isInstanceOf(BadRequestException.class);
	}

	@Test
	void updatePatchesNameDescriptionBinaryTypesAndEndpoint() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("patch")));
		String newName = SeedApi.uniqueName("renamed");

		var updated = apigw.updateRestApi((b) -> b.restApiId(api.id())
			.patchOperations((p) -> p.op(Op.REPLACE).path("/name").value(newName),
					(p) -> p.op(Op.REPLACE).path("/description").value("described"),
					(p) -> p.op(Op.ADD).path("/binaryMediaTypes/image~1png"),
					(p) -> p.op(Op.ADD).path("/binaryMediaTypes/*~1*").value("ignored"),
					(p) -> p.op(Op.REPLACE).path("/endpointConfiguration/types/EDGE").value("REGIONAL")));

		assertThat(updated.name()).isEqualTo(newName);
		assertThat(updated.description()).isEqualTo("described");
		assertThat(updated.binaryMediaTypes()).containsExactly("image/png", "*/*");
		assertThat(updated.endpointConfiguration().types()).containsExactly(EndpointType.REGIONAL);

		apigw.updateRestApi((b) -> b.restApiId(api.id())
			.patchOperations((p) -> p.op(Op.REMOVE).path("/binaryMediaTypes/image~1png")));
		var read = apigw.getRestApi((b) -> b.restApiId(api.id()));
		assertThat(read.binaryMediaTypes()).containsExactly("*/*");
		assertThat(read.name()).isEqualTo(newName);
	}

	@Test
	void bareBinaryMediaTypesPathAndUnknownPathsAreBadRequestAndChangeNothing() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("badpatch")));

		assertThatThrownBy(() -> apigw.updateRestApi((b) -> b.restApiId(api.id())
			.patchOperations((p) -> p.op(Op.ADD).path("/binaryMediaTypes").value("image/png"))))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Invalid patch path /binaryMediaTypes");
			});
		assertThatThrownBy(() -> apigw.updateRestApi((b) -> b.restApiId(api.id())
			.patchOperations((p) -> p.op(Op.REPLACE).path("/name").value("half-done"),
					(p) -> p.op(Op.REPLACE).path("/nonsense").value("x"))))
			.isInstanceOf(BadRequestException.class);

		var read = apigw.getRestApi((b) -> b.restApiId(api.id()));
		assertThat(read.name()).isEqualTo(api.name());
		assertThat(read.binaryMediaTypes()).isEmpty();
	}

	@Test
	void deleteAnswers202AndTheApiIsGone() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("delete")));

		var deleted = apigw.deleteRestApi((b) -> b.restApiId(api.id()));

		assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(202);
		assertThatThrownBy(() -> apigw.getRestApi((b) -> b.restApiId(api.id()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> apigw.deleteRestApi((b) -> b.restApiId(api.id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(apigw.getRestApis((b) -> b.limit(500)).items()).extracting(RestApi::id).doesNotContain(api.id());
	}

	@Test
	void malformedJsonIsBadRequestInAwsErrorShape() throws Exception {
		HttpResponse<String> response = signedLooking("POST", "/restapis", "{\"name\": ");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
		assertThat(response.body()).startsWith("{\"message\":\"");
	}

	@Test
	void unknownRouteIsNotFoundInAwsErrorShape() throws Exception {
		HttpResponse<String> response = signedLooking("GET", "/restapis/abc/nonsense/x/y", "");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("NotFoundException");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((v) -> assertThat(v).startsWith("application/json"));
		assertThat(response.body()).contains("\"message\"");
	}

	private HttpResponse<String> signedLooking(String method, String path, String body) throws Exception {
		return new ControlPlaneHttp(localCloud.endpoint()).send(method, path, body);
	}

}

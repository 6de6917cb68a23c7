package dev.imagegate.localcloud.apigateway;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.ConflictException;
import software.amazon.awssdk.services.apigateway.model.GetResourcesResponse;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Resource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CreateResource, GetResource(s), DeleteResource. */
@LocalCloudTest
class ResourceOperationsTest {

	@Autowired
	ApiGatewayClient apigw;

	@Test
	void createsLiteralParameterAndGreedyParts() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("tree")));
		var images = create(api.id(), api.rootResourceId(), "images");
		var image = create(api.id(), images.id(), "{image}");
		var proxy = create(api.id(), image.id(), "{proxy+}");

		assertThat(images.sdkHttpResponse().statusCode()).isEqualTo(201);
		assertThat(images.path()).isEqualTo("/images");
		assertThat(images.parentId()).isEqualTo(api.rootResourceId());
		assertThat(image.path()).isEqualTo("/images/{image}");
		assertThat(proxy.path()).isEqualTo("/images/{image}/{proxy+}");
		assertThat(proxy.pathPart()).isEqualTo("{proxy+}");

		var read = apigw.getResource((b) -> b.restApiId(api.id()).resourceId(image.id()));
		assertThat(read.path()).isEqualTo("/images/{image}");
		assertThat(read.parentId()).isEqualTo(images.id());
	}

	@Test
	void sameNameUnderTheSameParentIsConflict() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("conflict")));
		create(api.id(), api.rootResourceId(), "s3");

		assertThatThrownBy(() -> create(api.id(), api.rootResourceId(), "s3"))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(409);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ConflictException");
				assertThat(ex.awsErrorDetails().errorMessage())
					.isEqualTo("Another resource with the same parent already has this name: s3");
			});
		assertThat(apigw.getResources((b) -> b.restApiId(api.id())).items()).hasSize(2);
	}

	@Test
	void invalidPathPartsAreBadRequest() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("badpart")));
		for (String bad : List.of("a/b", "{open", "sp ace", "{a}b", "{+}")) {
			assertThatThrownBy(() -> create(api.id(), api.rootResourceId(), bad)).as(bad)
				.isInstanceOfSatisfying(BadRequestException.class, (ex) -> assertThat(ex.statusCode()).isEqualTo(400));
		}
		var greedy = create(api.id(), api.rootResourceId(), "{proxy+}");
		assertThatThrownBy(() -> create(api.id(), greedy.id(), "child")).isInstanceOf(BadRequestException.class);
	}

	@Test
	void unknownParentOrResourceIsNotFound() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("noparent")));
		assertThatThrownBy(() -> create(api.id(), "nosuchres1", "x")).isInstanceOfSatisfying(NotFoundException.class,
				(ex) -> {
					assertThat(ex.statusCode()).isEqualTo(404);
					assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Invalid Resource identifier specified");
				});
		assertThatThrownBy(() -> apigw.getResource((b) -> b.restApiId(api.id()).resourceId("nosuchres1")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> apigw.getResources((b) -> b.restApiId("nosuchapi1")))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void deleteRemovesChildrenButNotTheRoot() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("deltree")));
		var a = create(api.id(), api.rootResourceId(), "a");
		var b1 = create(api.id(), a.id(), "b");
		create(api.id(), b1.id(), "c");
		var keep = create(api.id(), api.rootResourceId(), "keep");

		var deleted = apigw.deleteResource((b) -> b.restApiId(api.id()).resourceId(a.id()));

		assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(202);
		assertThat(apigw.getResources((b) -> b.restApiId(api.id())).items()).extracting(Resource::path)
			.containsExactlyInAnyOrder("/", "/keep");
		assertThatThrownBy(() -> apigw.getResource((b) -> b.restApiId(api.id()).resourceId(b1.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> apigw.deleteResource((b) -> b.restApiId(api.id()).resourceId(api.rootResourceId())))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> assertThat(ex.statusCode()).isEqualTo(400));
		assertThat(apigw.getResource((b) -> b.restApiId(api.id()).resourceId(keep.id())).path()).isEqualTo("/keep");
	}

	@Test
	void getResourcesPagesAndEmbedsMethodsOnlyWhenAsked() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("embed"));
		for (int i = 0; i < 4; i++) {
			create(seed.apiId(), seed.rootId(), "r" + i);
		}
		List<String> paths = new ArrayList<>();
		String position = null;
		do {
			String from = position;
			GetResourcesResponse page = apigw.getResources((b) -> b.restApiId(seed.apiId()).limit(2).position(from));
			assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
			page.items().forEach((r) -> paths.add(r.path()));
			position = page.position();
		}
		while (position != null);
		assertThat(paths).containsExactlyInAnyOrder("/", "/s3", "/r0", "/r1", "/r2", "/r3");

		Resource plain = find(apigw.getResources((b) -> b.restApiId(seed.apiId()).limit(500)), "/s3");
		assertThat(plain.resourceMethods()).containsOnlyKeys("GET");
		assertThat(plain.resourceMethods().get("GET").methodIntegration()).isNull();

		Resource embedded = find(apigw.getResources((b) -> b.restApiId(seed.apiId()).embed("methods")), "/s3");
		assertThat(embedded.resourceMethods().get("GET").authorizationType()).isEqualTo("NONE");
		assertThat(embedded.resourceMethods().get("GET").methodIntegration().uri()).isEqualTo(SeedApi.S3_URI);
	}

	@Test
	void concurrentCreatesAllLand() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("parallel")));
		List<String> names = IntStream.range(0, 24).mapToObj((i) -> "p" + i).toList();

		names.parallelStream().forEach((name) -> create(api.id(), api.rootResourceId(), name));

		assertThat(apigw.getResources((b) -> b.restApiId(api.id()).limit(500)).items()).extracting(Resource::pathPart)
			.containsAll(names)
			.hasSize(names.size() + 1);
	}

	private static Resource find(GetResourcesResponse resources, String path) {
		return resources.items().stream().filter((r) -> r.path().equals(path)).findFirst().orElseThrow();
	}

	private software.amazon.awssdk.services.apigateway.model.CreateResourceResponse create(String apiId,
			String parentId, String pathPart) {
		return apigw.createResource((b) -> b.restApiId(apiId).parentId(parentId).pathPart(pathPart));
	}

}

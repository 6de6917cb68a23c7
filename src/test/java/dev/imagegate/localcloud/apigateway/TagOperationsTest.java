package dev.imagegate.localcloud.apigateway;

import java.util.Map;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TagResource, UntagResource, GetTags on REST APIs and stages. */
@LocalCloudTest
class TagOperationsTest {

	@Autowired
	ApiGatewayClient apigw;

	@Test
	void tagsOnARestApiRoundTrip() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("tags")).tags(Map.of("owner", "team-a")));
		String arn = "arn:aws:apigateway:us-east-1::/restapis/" + api.id();

		var tagged = apigw.tagResource((b) -> b.resourceArn(arn)
			.tags(Map.of("imagegate:managed", "true", "imagegate:bucket", "api-gw-image-test-s3", "owner", "team-b")));
		assertThat(tagged.sdkHttpResponse().statusCode()).isEqualTo(204);

		assertThat(apigw.getTags((b) -> b.resourceArn(arn)).tags()).containsExactlyInAnyOrderEntriesOf(
				Map.of("imagegate:managed", "true", "imagegate:bucket", "api-gw-image-test-s3", "owner", "team-b"));
		assertThat(apigw.getRestApi((b) -> b.restApiId(api.id())).tags()).containsEntry("imagegate:managed", "true");

		var untagged = apigw.untagResource((b) -> b.resourceArn(arn).tagKeys("owner", "imagegate:bucket"));
		assertThat(untagged.sdkHttpResponse().statusCode()).isEqualTo(204);
		assertThat(apigw.getTags((b) -> b.resourceArn(arn)).tags())
			.containsExactlyEntriesOf(Map.of("imagegate:managed", "true"));
	}

	@Test
	void tagsOnAStage() {
		SeedApi seed = SeedApi.create(apigw, SeedApi.uniqueName("stagetags"));
		apigw.createDeployment((b) -> b.restApiId(seed.apiId()).stageName("test"));
		String arn = "arn:aws:apigateway:us-east-1::/restapis/" + seed.apiId() + "/stages/test";

		apigw.tagResource((b) -> b.resourceArn(arn).tags(Map.of("stage", "yes")));

		assertThat(apigw.getTags((b) -> b.resourceArn(arn)).tags()).containsExactlyEntriesOf(Map.of("stage", "yes"));
		assertThat(apigw.getStage((b) -> b.restApiId(seed.apiId()).stageName("test")).tags())
			.containsExactlyEntriesOf(Map.of("stage", "yes"));
		assertThat(
				apigw.getTags((b) -> b.resourceArn("arn:aws:apigateway:us-east-1::/restapis/" + seed.apiId())).tags())
			.isEmpty();
	}

	@Test
	void unknownTargetsAndBadArnsFail() {
		assertThatThrownBy(
				() -> apigw.getTags((b) -> b.resourceArn("arn:aws:apigateway:us-east-1::/restapis/nosuchapi1")))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> assertThat(ex.statusCode()).isEqualTo(404));
		assertThatThrownBy(() -> apigw.tagResource((b) -> b.resourceArn("arn:aws:s3:::bucket").tags(Map.of("a", "b"))))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("BadRequestException");
			});
	}

	@Test
	void tagsFollowApiGatewaysRestrictionsAndARefusalChangesNothing() {
		var api = apigw.createRestApi((b) -> b.name(SeedApi.uniqueName("tag-limits")).tags(Map.of("keep", "me")));
		String arn = "arn:aws:apigateway:us-east-1::/restapis/" + api.id();
		Map<String, String> fortyNine = new java.util.HashMap<>();
		for (int i = 0; i < 49; i++) {
			fortyNine.put("k" + i, "v");
		}
		apigw.tagResource((b) -> b.resourceArn(arn).tags(fortyNine));

		// Recorded on AWS (serverless/serverless#9223): the aws: prefix, in any case.
		assertBadRequest(() -> apigw.tagResource((b) -> b.resourceArn(arn).tags(Map.of("AWS:x", "v"))),
				"Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)");
		assertBadRequest(() -> apigw.tagResource((b) -> b.resourceArn(arn).tags(Map.of("one-more", "v"))),
				"A resource can have at most 50 tags; this request would give it 51");
		assertBadRequest(() -> apigw.tagResource((b) -> b.resourceArn(arn).tags(Map.of("k".repeat(129), "v"))),
				"Invalid tag key. Tag keys must be 1 to 128 characters long");
		assertBadRequest(() -> apigw.tagResource((b) -> b.resourceArn(arn).tags(Map.of("k", "v".repeat(257)))),
				"Invalid tag value for key 'k'. Tag values must be at most 256 characters long");
		assertBadRequest(() -> apigw.createRestApi(
				(b) -> b.name(SeedApi.uniqueName("tag-limits")).tags(Map.of("aws:cloudformation:stack-name", "x"))),
				"Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)");

		assertThat(apigw.getTags((b) -> b.resourceArn(arn)).tags()).hasSize(50).containsEntry("keep", "me");
	}

	private static void assertBadRequest(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
		assertThatThrownBy(call).isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
			assertThat(ex.statusCode()).isEqualTo(400);
			assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(message);
		});
	}

}

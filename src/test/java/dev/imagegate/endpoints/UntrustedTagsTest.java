package dev.imagegate.endpoints;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.imagegate.CloudSnapshot;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * An API tagged as imagegate's whose tags were then changed by hand to values imagegate
 * never writes: every page and the JSON API say it is not manageable and why, nothing
 * answers 500, nothing is built from the bad value, and changing it is refused without
 * touching the cloud.
 */
@LocalCloudTest
class UntrustedTagsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	CloudSnapshot.Taker cloud;

	static Stream<Arguments> tampered() {
		return Stream.of(
				tags("bucket not a bucket name", "imagegate:bucket", "Not A Bucket",
						"the tag imagegate:bucket (Not A Bucket)"),
				tags("stage with spaces", "imagegate:stage", "no such stage",
						"the tag imagegate:stage (no such stage)"),
				tags("prefix climbing up", "imagegate:prefix", "../../", "the tag imagegate:prefix (../../)"),
				tags("resource with a slash", "imagegate:resource", "a/b", "the tag imagegate:resource (a/b)"),
				tags("parameter of symbols", "imagegate:parameter", "= +", "the tag imagegate:parameter (= +)"),
				tags("role that is no role name", "imagegate:role", "a:b/c",
						"the tag imagegate:role (a:b/c) is not an IAM role name"),
				tags("bucket tag removed", "imagegate:bucket", null, "the tag imagegate:bucket is missing"),
				tags("role tag emptied", "imagegate:role", "", "the tag imagegate:role is missing"));
	}

	@ParameterizedTest
	@MethodSource("tampered")
	void aTamperedEndpointIsListedAsNotManageableAndCannotBeChanged(String tag, String value, String reason)
			throws Exception {
		Map<String, String> tags = new HashMap<>(Map.of("imagegate:managed", "true", "imagegate:bucket",
				"tampered-bucket", "imagegate:prefix", "images/", "imagegate:resource", "s3", "imagegate:parameter",
				"image", "imagegate:stage", "test", "imagegate:role", "imagegate-tampered"));
		if (value == null) {
			tags.remove(tag);
		}
		else {
			tags.put(tag, value);
		}
		String apiId = apiGateway.createRestApi((c) -> c.name("tampered").tags(tags)).id();
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();

		assertThat(portal.get("/endpoints").body()).contains("not manageable: " + PortalClient.escaped(reason));
		HttpResponse<String> page = portal.get("/endpoints/" + apiId);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(PortalClient.escaped(reason)).doesNotContain("id=\"redeploy\"");
		HttpResponse<String> status = portal.get("/endpoints/" + apiId + "/status");
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.body()).contains("\"status\":\"failed\"").contains("not manageable");
		HttpResponse<String> json = portal.api("GET", "/api/endpoints/" + apiId, null);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"invokeUrl\":null").contains("not manageable: ");

		CloudSnapshot before = cloud.take();
		HttpResponse<String> change = portal.get("/apis/new?from=" + apiId);
		assertThat(change.statusCode()).isEqualTo(409);
		assertThat(change.body()).contains(PortalClient.escaped(reason)).contains("It can be deleted, not changed.");
		HttpResponse<String> redeploy = portal.post("/apis/" + apiId + "/redeploy",
				"_csrf=" + portal.csrfToken("/endpoints/" + apiId));
		assertThat(redeploy.statusCode()).isEqualTo(409);
		assertThat(cloud.take()).isEqualTo(before);

		HttpResponse<String> deleted = portal.api("DELETE", "/api/endpoints/" + apiId + "?deleteImages=true", null);
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(deleted.body()).contains("\"roleDeleted\":false").contains("\"imagesDeleted\":0");
		assertThat(portal.api("GET", "/api/endpoints/" + apiId, null).statusCode()).isEqualTo(404);
	}

	private static Arguments tags(String description, String tag, String value, String reason) {
		return argumentSet(description, tag, value, reason);
	}

}

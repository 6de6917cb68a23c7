package dev.imagegate.endpoints;

import java.net.http.HttpResponse;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.PortalClient;
import dev.imagegate.RestApis;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.Throttle;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard over HTTP, logged in: list, gallery, verify, delete with confirmation.
 */
@LocalCloudTest
class EndpointsPageTest {

	@LocalServerPort
	int port;

	@Autowired
	ProxyApiProvisioner provisioner;

	@Autowired
	S3Client s3;

	@Autowired
	ApiGatewayClient apiGateway;

	@Test
	void listShowVerifyAndDelete() throws Exception {
		s3.createBucket((b) -> b.bucket("dashboard-bucket"));
		s3.putObject((p) -> p.bucket("dashboard-bucket").key("images/a b.png").contentType("image/png"),
				RequestBody.fromBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G' }));
		ProvisioningResult endpoint = provisioner.provision(ProxyApiSpec.of("dashboard-bucket", "dashboard-api"));
		String apiId = endpoint.apiId();
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();

		HttpResponse<String> list = portal.get("/endpoints");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("dashboard-api").contains(apiId).contains("s3://dashboard-bucket/images/");

		HttpResponse<String> show = portal.get("/endpoints/" + apiId);
		assertThat(show.body()).contains("/_aws/execute-api/" + apiId + "/test/s3?image=a%20b.png")
			.contains("alt=\"a b.png\"");

		String token = portal.csrfToken("/endpoints/" + apiId);
		HttpResponse<String> verify = portal.post("/endpoints/" + apiId + "/verify", "_csrf=" + token);
		assertThat(verify.statusCode()).isEqualTo(302);
		assertThat(portal.get("/endpoints/" + apiId).body()).contains("id=\"verification\"").contains("passed");

		HttpResponse<String> withoutToken = portal.post("/endpoints/" + apiId + "/delete", "deleteImages=false");
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(apiGateway.getRestApi((g) -> g.restApiId(apiId)).name()).isEqualTo("dashboard-api");

		HttpResponse<String> confirm = portal.get("/endpoints/" + apiId + "/delete");
		assertThat(confirm.body()).contains("Delete").contains("imagegate-dashboard-api");
		String deleteToken = portal.csrfToken("/endpoints/" + apiId + "/delete");
		HttpResponse<String> deleted = portal.post("/endpoints/" + apiId + "/delete", "_csrf=" + deleteToken);
		assertThat(deleted.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/endpoints"));
		assertThat(portal.get("/endpoints").body()).contains("Deleted dashboard-api")
			.doesNotContain("data-api-id=\"" + apiId);
		assertThatThrownBy(() -> apiGateway.getRestApi((g) -> g.restApiId(apiId)))
			.isInstanceOf(NotFoundException.class);
		assertThat(s3.headObject((h) -> h.bucket("dashboard-bucket").key("images/a b.png")).contentLength())
			.isEqualTo(4);
	}

	@Test
	void theLiveStatusRedeployAndChangeSettings() throws Exception {
		s3.createBucket((b) -> b.bucket("redeploy-bucket"));
		s3.putObject((p) -> p.bucket("redeploy-bucket").key("images/cat.png").contentType("image/png"),
				RequestBody.fromBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G' }));
		String apiId = provisioner
			.provision(ProxyApiSpec.of("redeploy-bucket", "redeploy-api").withThrottle(new Throttle(2.5, 7)))
			.apiId();
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();

		assertThat(portal.get("/endpoints").body()).contains("data-status-url=\"/endpoints/" + apiId + "/status\"");
		HttpResponse<String> status = portal.get("/endpoints/" + apiId + "/status");
		assertThat(status.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(status.body()).contains("\"status\":\"passed\"").contains("\"key\":\"images/cat.png\"");

		HttpResponse<String> change = portal.get("/apis/new?from=" + apiId);
		assertThat(change.body()).contains("Change <span>redeploy-api</span>")
			.contains("value=\"redeploy-bucket\"")
			.contains("value=\"2.5\"")
			.contains("value=\"7\"");

		String token = portal.csrfToken("/endpoints/" + apiId);
		assertThat(portal.post("/apis/" + apiId + "/redeploy", "").statusCode()).isEqualTo(403);
		HttpResponse<String> redeploy = portal.post("/apis/" + apiId + "/redeploy", "_csrf=" + token);
		assertThat(redeploy.statusCode()).isEqualTo(302);
		String run = portal.awaitRunFinished(redeploy.headers().firstValue("Location").orElseThrow());
		assertThat(run).containsPattern("Deployed\\s+<span>redeploy-api</span>").contains("Your endpoint is live");
		assertThat(RestApis.all(apiGateway)).filteredOn((api) -> api.name().equals("redeploy-api")).hasSize(1);
		assertThat(apiGateway.getStage((g) -> g.restApiId(apiId).stageName("test"))
			.methodSettings()
			.get("*/*")
			.throttlingBurstLimit()).isEqualTo(7);

		HttpResponse<String> unknown = portal.post("/apis/nosuchapi1/redeploy", "_csrf=" + token);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).doesNotContain("Exception");
	}

	@Test
	void anUnknownEndpointIsAPlain404() throws Exception {
		PortalClient portal = new PortalClient(port);
		portal.loginAsTester();

		HttpResponse<String> missing = portal.get("/endpoints/nosuchapi1");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("No imagegate endpoint with API id nosuchapi1").doesNotContain("Exception");
	}

}

package dev.imagegate.endpoints;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.imagegate.proxyapi.Plan;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.StepReport;
import dev.imagegate.proxyapi.StepStatus;
import dev.imagegate.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.apigateway.model.TooManyRequestsException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API's controller alone: authentication, no CSRF (it takes no session), field
 * errors as problem details before anything runs, 201/422/404/502.
 */
@WebMvcTest(EndpointsApiController.class)
@Import(SecurityConfiguration.class)
@WithMockUser
class EndpointsApiControllerTest {

	private static final String SPEC = """
			{"bucket":"my-images","apiName":"cats"}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProxyApiProvisioner provisioner;

	@MockitoBean
	EndpointDiscovery discovery;

	@MockitoBean
	EndpointTeardown teardown;

	@MockitoBean
	EndpointSpecs specs;

	@Test
	@WithAnonymousUser
	void withoutCredentialsItIs401AndNothingRuns() throws Exception {
		mvc.perform(post("/api/endpoints").contentType(MediaType.APPLICATION_JSON).content(SPEC))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic realm=\"imagegate\"")));
		then(provisioner).should(never()).provision(any());
	}

	@Test
	void aValidSpecIsProvisionedWithoutACsrfTokenAnd201PointsAtTheEndpoint() throws Exception {
		StepReport api = new StepReport("api", "REST API", StepStatus.DONE, 5, List.of("GetRestApis", "CreateRestApi"),
				Map.of(), null);
		given(provisioner.provision(any()))
			.willReturn(new ProvisioningResult("abc123", "http://x/{key}", "test", true, List.of(api), null));

		mvc.perform(post("/api/endpoints").contentType(MediaType.APPLICATION_JSON).content(SPEC))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/endpoints/abc123"))
			.andExpect(jsonPath("$.apiId").value("abc123"));
	}

	@Test
	void aReRunThatCreatesNoApiIs200() throws Exception {
		StepReport api = new StepReport("api", "REST API", StepStatus.DONE, 5, List.of("GetRestApis"), Map.of(), null);
		given(provisioner.provision(any()))
			.willReturn(new ProvisioningResult("abc123", "http://x/{key}", "test", true, List.of(api), null));

		mvc.perform(post("/api/endpoints").contentType(MediaType.APPLICATION_JSON).content(SPEC))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Location"))
			.andExpect(jsonPath("$.apiId").value("abc123"));
	}

	@Test
	void aFailedStepIs422WithAwsErrorInTheResult() throws Exception {
		StepReport failed = new StepReport("deployment", "Deployment to the stage", StepStatus.FAILED, 5,
				List.of("CreateDeployment"), Map.of(), new StepReport.StepError("BadRequestException", "no methods"));
		given(provisioner.provision(any()))
			.willReturn(new ProvisioningResult("abc123", null, "test", false, List.of(failed), null));

		mvc.perform(post("/api/endpoints").contentType(MediaType.APPLICATION_JSON).content(SPEC))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.steps[0].error.code").value("BadRequestException"));
	}

	@Test
	void anInvalidSpecIsAProblemWithAMessagePerFieldAndNothingRuns() throws Exception {
		mvc.perform(post("/api/endpoints").contentType(MediaType.APPLICATION_JSON).content("""
				{"bucket":"Not_A_Bucket","apiName":"-x","prefix":"a/../"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.title").value("Invalid spec"))
			.andExpect(jsonPath("$.errors.bucket").exists())
			.andExpect(jsonPath("$.errors.apiName").exists())
			.andExpect(jsonPath("$.errors.prefix").exists());
		then(provisioner).should(never()).provision(any());
	}

	@Test
	void aBodyThatIsNotJsonIsAProblemAndNothingRuns() throws Exception {
		mvc.perform(post("/api/plan").contentType(MediaType.APPLICATION_JSON).content("{\"bucket\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Malformed request body"));
		then(provisioner).should(never()).plan(any());
	}

	@Test
	void thePlanIsReturnedAsIs() throws Exception {
		given(provisioner.plan(any())).willReturn(new Plan(
				List.of(new Plan.PlannedStep("rest-api", "REST API",
						List.of(new Plan.PlannedCall("CreateRestApi", "aws apigateway create-rest-api --name cats")))),
				null));

		mvc.perform(post("/api/plan").contentType(MediaType.APPLICATION_JSON).content(SPEC))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].changes[0].cli").value("aws apigateway create-rest-api --name cats"));
	}

	@Test
	void anUnknownEndpointIsA404Problem() throws Exception {
		given(discovery.find("nosuch")).willReturn(Optional.empty());

		mvc.perform(get("/api/endpoints/nosuch"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Endpoint not found"));
	}

	@Test
	void anAwsRefusalIsA502WithAwsErrorCode() throws Exception {
		given(teardown.teardown("abc123", false)).willThrow(TooManyRequestsException.builder()
			.statusCode(429)
			.awsErrorDetails(
					AwsErrorDetails.builder().errorCode("TooManyRequestsException").errorMessage("Slow down").build())
			.build());

		mvc.perform(delete("/api/endpoints/abc123"))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.awsErrorCode").value("TooManyRequestsException"))
			.andExpect(jsonPath("$.detail").value(containsString("Slow down")));
	}

}

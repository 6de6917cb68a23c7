package dev.imagegate.proxyapi.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.imagegate.endpoints.EndpointDiscovery;
import dev.imagegate.endpoints.EndpointSpecs;
import dev.imagegate.endpoints.EndpointTeardown;
import dev.imagegate.proxyapi.InvalidSpecException;
import dev.imagegate.proxyapi.Plan;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.RoleMode;
import dev.imagegate.proxyapi.Throttle;
import dev.imagegate.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API form's controller alone: field errors from the spec's validation, CSRF, the plan. */
@WebMvcTest(ProxyApiPagesController.class)
@Import(SecurityConfiguration.class)
@WithMockUser
class ProxyApiPagesControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProxyApiProvisioner provisioner;

	@MockitoBean
	ProvisioningRuns runs;

	@MockitoBean
	EndpointTeardown teardown;

	@MockitoBean
	EndpointDiscovery discovery;

	@MockitoBean
	EndpointSpecs endpointSpecs;

	@Test
	void specErrorsBecomeFieldErrors() throws Exception {
		willThrow(new InvalidSpecException(Map.of("apiName", "must start with a letter or digit",
				"throttle.burstLimit", "must be less than or equal to 5000")))
			.given(provisioner)
			.validate(any());

		mvc.perform(post("/apis/plan").with(csrf())
			.param("bucket", "b-1")
			.param("apiName", "-x")
			.param("rateLimit", "5")
			.param("burstLimit", "99999"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "apiName", "burstLimit"));
		then(provisioner).should(never()).plan(any());
	}

	@Test
	void aThrottleThatIsNotANumberIsAFieldError() throws Exception {
		mvc.perform(post("/apis/plan").with(csrf()).param("bucket", "b-1").param("apiName", "x").param("rateLimit",
				"fast"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "rateLimit"));
	}

	@Test
	void aValidFormShowsThePlan() throws Exception {
		given(provisioner.plan(any())).willReturn(new Plan(List.of(new Plan.PlannedStep("rest-api",
				"REST API with binary media types",
				List.of(new Plan.PlannedCall("CreateRestApi", "aws apigateway create-rest-api --name x")))), null));

		mvc.perform(post("/apis/plan").with(csrf()).param("bucket", "b-1").param("apiName", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aws apigateway create-rest-api --name x")))
			.andExpect(content().string(containsString("id=\"deploy\"")));
	}

	@Test
	void deployingNeedsTheCsrfToken() throws Exception {
		mvc.perform(post("/apis/deploy").param("bucket", "b-1").param("apiName", "x"))
			.andExpect(status().isForbidden());
		then(runs).should(never()).start(any());
	}

	@Test
	void redeployNeedsTheCsrfTokenThenStartsARunOfTheDeployedSpec() throws Exception {
		ProxyApiSpec deployed = ProxyApiSpec.of("b-1", "deployed-api");
		given(endpointSpecs.current("abc123")).willReturn(Optional.of(deployed));
		given(runs.start(deployed)).willReturn(new ProvisioningRun("run-1", deployed));

		mvc.perform(post("/apis/abc123/redeploy")).andExpect(status().isForbidden());
		then(runs).should(never()).start(any());

		mvc.perform(post("/apis/abc123/redeploy").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/apis/runs/run-1"));
	}

	@Test
	void redeployingAnUnknownEndpointIsA404AndStartsNothing() throws Exception {
		given(endpointSpecs.current("nosuch")).willReturn(Optional.empty());

		mvc.perform(post("/apis/nosuch/redeploy").with(csrf())).andExpect(status().isNotFound());
		then(runs).should(never()).start(any());
	}

	@Test
	void changingAnEndpointShowsItsDeployedSettingsEscaped() throws Exception {
		given(endpointSpecs.current("abc123")).willReturn(Optional.of(new ProxyApiSpec("b-1", null, false, "p/", "<b>api",
				"img", "key", "prod", RoleMode.S3_READ_ONLY, new Throttle(2.5, 7))));

		mvc.perform(get("/apis/new").param("from", "abc123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change <span>&lt;b&gt;api</span>")))
			.andExpect(content().string(containsString("value=\"2.5\"")))
			.andExpect(content().string(containsString("value=\"prod\"")))
			.andExpect(content().string(matchesRegex("(?s).*value=\"s3-read-only\"[^>]*checked.*")));
	}

}

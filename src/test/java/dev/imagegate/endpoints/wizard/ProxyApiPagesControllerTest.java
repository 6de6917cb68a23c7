package dev.imagegate.endpoints.wizard;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.imagegate.buckets.BucketService;
import dev.imagegate.buckets.BucketSummary;
import dev.imagegate.endpoints.EndpointDiscovery;
import dev.imagegate.endpoints.EndpointSpecs;
import dev.imagegate.endpoints.EndpointTeardown;
import dev.imagegate.endpoints.ManagedEndpoint;
import dev.imagegate.proxyapi.InvalidSpecException;
import dev.imagegate.proxyapi.Plan;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.RoleMode;
import dev.imagegate.proxyapi.Throttle;
import dev.imagegate.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
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

/**
 * The API form's controller alone: field errors from the spec's validation, CSRF, the
 * plan.
 */
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

	@MockitoBean
	BucketService buckets;

	@Test
	void theFormOffersTheAccountsBucketsAndToCreateANewOne() throws Exception {
		given(buckets.listBuckets())
			.willReturn(List.of(new BucketSummary("cats", null), new BucketSummary("<b>", null)));

		mvc.perform(get("/apis/new"))
			.andExpect(content().string(containsString("list=\"bucket-choices\"")))
			.andExpect(content().string(containsString("<option value=\"cats\">cats</option>")))
			.andExpect(content().string(containsString("<option value=\"&lt;b&gt;\">&lt;b&gt;</option>")))
			.andExpect(content().string(
					containsString("type=\"checkbox\" value=\"true\" id=\"createBucket1\" name=\"createBucket\">")));
	}

	@Test
	void tickingCreateItAsksThePlanToCreateTheBucket() throws Exception {
		given(provisioner.plan(any())).willReturn(new Plan(List.of(), null));

		mvc.perform(post("/apis/plan").with(csrf())
			.param("bucket", "new-bucket")
			.param("createBucket", "true")
			.param("apiName", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"createBucket\" value=\"true\"")));
		then(provisioner).should().plan(argThat((spec) -> spec.createBucket() && spec.bucket().equals("new-bucket")));
		mvc.perform(post("/apis/plan").with(csrf()).param("bucket", "old-bucket").param("apiName", "y"))
			.andExpect(status().isOk());
		then(provisioner).should().plan(argThat((spec) -> !spec.createBucket() && spec.bucket().equals("old-bucket")));
	}

	@Test
	void specErrorsBecomeFieldErrors() throws Exception {
		willThrow(new InvalidSpecException(Map.of("apiName", "must start with a letter or digit", "throttle.burstLimit",
				"must be less than or equal to 5000")))
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
		mvc.perform(
				post("/apis/plan").with(csrf()).param("bucket", "b-1").param("apiName", "x").param("rateLimit", "fast"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "rateLimit"));
	}

	@Test
	void aValidFormShowsThePlan() throws Exception {
		given(provisioner.plan(any())).willReturn(new Plan(
				List.of(new Plan.PlannedStep("rest-api", "REST API with binary media types",
						List.of(new Plan.PlannedCall("CreateRestApi", "aws apigateway create-rest-api --name x")))),
				null));

		mvc.perform(post("/apis/plan").with(csrf()).param("bucket", "b-1").param("apiName", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aws apigateway create-rest-api --name x")))
			.andExpect(content().string(containsString("id=\"deploy\"")));
	}

	@Test
	void thePlanSumsUpWhatChangesAndIsStepFiveOfTheSetup() throws Exception {
		given(provisioner.plan(any()))
			.willReturn(new Plan(List.of(new Plan.PlannedStep("bucket", "Private S3 bucket", List.of()),
					new Plan.PlannedStep("rest-api", "REST API", List.of(new Plan.PlannedCall("CreateRestApi", "aws a"),
							new Plan.PlannedCall("PutRestApi", "aws b"), new Plan.PlannedCall("PutRestApi", "aws b2"))),
					new Plan.PlannedStep("role", "IAM role", List.of(new Plan.PlannedCall("CreateRole", "aws c"))),
					new Plan.PlannedStep("integration", "S3 integration",
							List.of(new Plan.PlannedCall("PutIntegration", "d")))),
					null));

		mvc.perform(post("/apis/plan").with(csrf()).param("bucket", "b-1").param("apiName", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>5 calls to AWS, about 3 seconds</strong>")))
			.andExpect(
					content().string(containsString("<dd id=\"plan-creates\">REST API, IAM role, S3 integration</dd>")))
			.andExpect(content().string(not(containsString("plan-changes"))))
			.andExpect(content()
				.string(containsString("<dd id=\"plan-leaves\">Private S3 bucket (already as asked)</dd>")))
			.andExpect(content().string(containsString("<summary>3 calls: CreateRestApi, PutRestApi ×2</summary>")))
			.andExpect(content().string(matchesRegex("(?s).*<li aria-current=\"step\">\\s*<span>5\\. Deploy</span>.*")))
			.andExpect(
					content().string(containsString("<a href=\"/apis/new?bucket=b-1&amp;prefix=images/\">4. API</a>")));
	}

	@ParameterizedTest
	@CsvSource({ "burstLimit, 2.7, must be a whole number such as 20",
			"rateLimit, abc, must be a number such as 10 or 2.5" })
	void aValueOfTheWrongTypeIsAnErrorNextToItsFieldKeepsWhatWasTypedAndChangesNothing(String field, String typed,
			String rule) throws Exception {
		for (String path : new String[] { "/apis/plan", "/apis/deploy" }) {
			mvc.perform(post(path).with(csrf())
				.param("bucket", "b-1")
				.param("apiName", "x")
				.param("rateLimit", field.equals("rateLimit") ? typed : "5")
				.param("burstLimit", field.equals("burstLimit") ? typed : "10"))
				.andExpect(status().isBadRequest())
				.andExpect(model().attributeHasFieldErrorCode("form", field, "typeMismatch"))
				.andExpect(model().errorCount(1))
				.andExpect(content().string(containsString("<p class=\"error\">" + rule + "</p>")))
				.andExpect(content().string(containsString("name=\"apiName\" value=\"x\"")))
				.andExpect(content().string(containsString("name=\"" + field + "\" value=\"" + typed + "\"")));
		}
		then(provisioner).should(never()).plan(any());
		then(runs).should(never()).start(any(), anyBoolean());
	}

	@Test
	void aTypedNumberIsKeptAsTyped() throws Exception {
		mvc.perform(post("/apis/edit").with(csrf())
			.param("bucket", "b-1")
			.param("rateLimit", "2.7")
			.param("burstLimit", "2.7"))
			.andExpect(content().string(containsString("name=\"rateLimit\" value=\"2.7\"")))
			.andExpect(content().string(containsString("name=\"burstLimit\" value=\"2.7\"")));
	}

	@Test
	void changeTheSettingsBringsBackTheFormAsTyped() throws Exception {
		mvc.perform(post("/apis/edit").with(csrf())
			.param("bucket", "b-1")
			.param("prefix", "p/")
			.param("apiName", "typed-name")
			.param("stage", "demo")
			.param("rateLimit", "12.5")
			.param("burstLimit", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<input id=\"apiName\" type=\"text\" required aria-describedby=\"name-hint\" name=\"apiName\" "
							+ "value=\"typed-name\">")))
			.andExpect(content().string(containsString("name=\"stage\" value=\"demo\"")))
			.andExpect(content().string(containsString("name=\"rateLimit\" value=\"12.5\"")))
			.andExpect(content().string(containsString("name=\"burstLimit\" value=\"30\"")))
			.andExpect(content().string(containsString("class=\"wizard\"")));
		mvc.perform(post("/apis/edit").with(csrf())
			.param("bucket", "b-1")
			.param("apiName", "x")
			.param("changing", "abc123"))
			.andExpect(content().string(containsString("id=\"changing\"")))
			.andExpect(content().string(not(containsString("class=\"wizard\""))));
		then(provisioner).should(never()).plan(any());
	}

	@Test
	void aNewApiGetsASuggestedNameThatNoEndpointHas() throws Exception {
		given(discovery.list()).willReturn(List.of(new ManagedEndpoint("a1", "my-bucket-api", "my.bucket", "images/",
				"test", "s3", "image", "r", "u", null, null)));

		mvc.perform(get("/apis/new").param("bucket", "my.bucket"))
			.andExpect(content().string(containsString("name=\"apiName\" value=\"my-bucket-api-2\"")));
		mvc.perform(get("/apis/new")).andExpect(content().string(containsString("name=\"apiName\" value=\"\"")));
	}

	@Test
	void aRedeploysRunPageIsNotPartOfTheSetupWizard() throws Exception {
		ProxyApiSpec deployed = ProxyApiSpec.of("b-1", "deployed-api");
		given(runs.find("run-1")).willReturn(Optional.of(new ProvisioningRun("run-1", deployed, false)));
		given(runs.find("run-2")).willReturn(Optional.of(new ProvisioningRun("run-2", deployed, true)));

		mvc.perform(get("/apis/runs/run-1")).andExpect(content().string(not(containsString("class=\"wizard\""))));
		mvc.perform(get("/apis/runs/run-2")).andExpect(content().string(containsString("class=\"wizard\"")));
	}

	@Test
	void deployingNeedsTheCsrfToken() throws Exception {
		mvc.perform(post("/apis/deploy").param("bucket", "b-1").param("apiName", "x"))
			.andExpect(status().isForbidden());
		then(runs).should(never()).start(any(), anyBoolean());
	}

	@Test
	void redeployNeedsTheCsrfTokenThenStartsARunOfTheDeployedSpec() throws Exception {
		ProxyApiSpec deployed = ProxyApiSpec.of("b-1", "deployed-api");
		given(endpointSpecs.current("abc123")).willReturn(Optional.of(deployed));
		given(runs.start(deployed, false)).willReturn(new ProvisioningRun("run-1", deployed, false));

		mvc.perform(post("/apis/abc123/redeploy")).andExpect(status().isForbidden());
		then(runs).should(never()).start(any(), anyBoolean());

		mvc.perform(post("/apis/abc123/redeploy").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/apis/runs/run-1"));
	}

	@Test
	void redeployingAnUnknownEndpointIsA404AndStartsNothing() throws Exception {
		given(endpointSpecs.current("nosuch")).willReturn(Optional.empty());

		mvc.perform(post("/apis/nosuch/redeploy").with(csrf())).andExpect(status().isNotFound());
		then(runs).should(never()).start(any(), anyBoolean());
	}

	@Test
	void changingAnEndpointShowsItsDeployedSettingsEscaped() throws Exception {
		given(endpointSpecs.current("abc123"))
			.willReturn(Optional.of(new ProxyApiSpec("b-1", null, false, "p/", "<b>api", "img", "key", "prod",
					RoleMode.S3_READ_ONLY, new Throttle(2.5, 7), "no-cache", "https://<b>.example")));

		mvc.perform(get("/apis/new").param("from", "abc123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change <span>&lt;b&gt;api</span>")))
			.andExpect(content().string(containsString("value=\"2.5\"")))
			.andExpect(content().string(containsString("value=\"prod\"")))
			.andExpect(content().string(containsString("name=\"cacheControl\" value=\"no-cache\"")))
			.andExpect(content().string(containsString("name=\"corsAllowOrigin\" value=\"https://&lt;b&gt;.example\"")))
			.andExpect(content().string(matchesRegex("(?s).*value=\"s3-read-only\"[^>]*checked.*")));
	}

}

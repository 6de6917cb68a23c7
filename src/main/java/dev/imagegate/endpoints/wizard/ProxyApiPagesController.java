package dev.imagegate.endpoints.wizard;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dev.imagegate.buckets.BucketNames;
import dev.imagegate.buckets.BucketService;
import dev.imagegate.buckets.BucketSummary;
import dev.imagegate.cloud.AwsErrors;
import dev.imagegate.endpoints.EndpointDiscovery;
import dev.imagegate.endpoints.EndpointNotManageableException;
import dev.imagegate.endpoints.EndpointSpecs;
import dev.imagegate.endpoints.EndpointTeardown;
import dev.imagegate.endpoints.ManagedEndpoint;
import dev.imagegate.proxyapi.InvokeUrls;
import dev.imagegate.proxyapi.Plan;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wizard's API, deploy and result steps: the spec form with its defaults explained,
 * the plan (what will change in the account, with AWS CLI equivalents), the run shown
 * step by step as it happens, and the result with the invoke URL and a preview.
 */
@Controller
class ProxyApiPagesController {

	private final ProxyApiProvisioner provisioner;

	private final ProvisioningRuns runs;

	private final EndpointTeardown teardown;

	private final EndpointSpecs endpointSpecs;

	private final EndpointDiscovery endpointDiscovery;

	private final BucketService buckets;

	ProxyApiPagesController(ProxyApiProvisioner provisioner, ProvisioningRuns runs, EndpointTeardown teardown,
			EndpointSpecs endpointSpecs, EndpointDiscovery endpointDiscovery, BucketService buckets) {
		this.buckets = buckets;
		this.provisioner = provisioner;
		this.runs = runs;
		this.teardown = teardown;
		this.endpointSpecs = endpointSpecs;
		this.endpointDiscovery = endpointDiscovery;
	}

	/**
	 * A new API's form with the defaults, or with a deployed endpoint's settings
	 * ({@code from}) to change them.
	 */
	@GetMapping("/apis/new")
	String form(@RequestParam(defaultValue = "") String bucket,
			@RequestParam(defaultValue = ProxyApiSpec.DEFAULT_PREFIX) String prefix,
			@RequestParam(required = false) String from, Model model) {
		if (from != null) {
			model.addAttribute("form", ProxyApiForm.of(deployedSpec(from), from));
			model.addAttribute("changing", from);
		}
		else {
			ProxyApiForm form = ProxyApiForm.defaults(bucket, prefix);
			form.setApiName(suggestedName(bucket));
			model.addAttribute("form", form);
		}
		return formPage(model);
	}

	/**
	 * Back from the plan to the form, with everything as it was typed (a wrong value with
	 * its error).
	 */
	@PostMapping("/apis/edit")
	String edit(@ModelAttribute("form") ProxyApiForm form, BindingResult errors, Model model) {
		if (form.changesAnEndpoint()) {
			model.addAttribute("changing", form.getChanging());
		}
		return formPage(model);
	}

	/**
	 * A name for a new API serving the bucket: {@code {bucket}-api}, numbered when an
	 * endpoint already has it; blank without a bucket, or when the cloud cannot be asked
	 * (the form says why once it is sent).
	 */
	private String suggestedName(String bucket) {
		if (bucket.isBlank() || BucketNames.problem(bucket) != null) {
			return "";
		}
		String base = bucket.replace('.', '-');
		base = base.substring(0, Math.min(base.length(), 48)) + "-api";
		Set<String> taken;
		try {
			taken = endpointDiscovery.list().stream().map(ManagedEndpoint::name).collect(Collectors.toSet());
		}
		catch (SdkException ex) {
			return base;
		}
		for (int n = 1; n < 10; n++) {
			String name = (n == 1) ? base : base + "-" + n;
			if (!taken.contains(name)) {
				return name;
			}
		}
		return "";
	}

	/**
	 * Provisions a deployed endpoint's spec again, as read back from AWS: whatever was
	 * changed by hand is put back and, when the deployed configuration differs, deployed
	 * anew.
	 */
	@PostMapping("/apis/{apiId}/redeploy")
	String redeploy(@PathVariable String apiId) {
		return "redirect:/apis/runs/" + runs.start(deployedSpec(apiId), false).id();
	}

	@PostMapping("/apis/plan")
	String plan(@Valid @ModelAttribute("form") ProxyApiForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		ProxyApiSpec spec = validSpec(form, errors);
		if (spec == null) {
			return refused(model, response);
		}
		try {
			Plan plan = provisioner.plan(spec);
			model.addAttribute("plan", plan);
			return "apis/plan";
		}
		catch (SdkException ex) {
			model.addAttribute("cloudError", AwsErrors.describe(ex));
			return formPage(model);
		}
	}

	@PostMapping("/apis/deploy")
	String deploy(@Valid @ModelAttribute("form") ProxyApiForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		ProxyApiSpec spec = validSpec(form, errors);
		if (spec == null) {
			return refused(model, response);
		}
		return "redirect:/apis/runs/" + runs.start(spec, !form.changesAnEndpoint()).id();
	}

	@GetMapping("/apis/runs/{id}")
	String run(@PathVariable String id, Model model) {
		ProvisioningRun.Snapshot run = find(id).snapshot();
		model.addAttribute("run", run);
		ProvisioningResult result = run.result();
		if (run.succeeded() && result.verification() != null && result.verification().key() != null) {
			String key = result.verification().key().substring(run.spec().prefix().length());
			model.addAttribute("previewUrl", InvokeUrls.forKey(result.invokeUrl(), key));
			model.addAttribute("curl",
					"curl -o '" + key.replace("'", "") + "' '" + InvokeUrls.forKey(result.invokeUrl(), key) + "'");
		}
		return "apis/run";
	}

	@GetMapping(path = "/apis/runs/{id}/events", produces = "text/event-stream")
	SseEmitter events(@PathVariable String id) {
		return find(id).watch();
	}

	/** Runs the same spec again: it continues where the failed run stopped. */
	@PostMapping("/apis/runs/{id}/retry")
	String retry(@PathVariable String id) {
		ProvisioningRun failed = find(id);
		return "redirect:/apis/runs/" + runs.start(failed.spec(), failed.setup()).id();
	}

	/**
	 * Removes what a failed run created (the API and its role); the bucket and images
	 * stay.
	 */
	@PostMapping("/apis/runs/{id}/rollback")
	String rollback(@PathVariable String id, RedirectAttributes redirect) {
		ProvisioningRun run = find(id);
		String apiId = (run.result() != null) ? run.result().apiId() : null;
		if (apiId == null) {
			redirect.addFlashAttribute("message", "Nothing to roll back: the run created no API.");
			return "redirect:/endpoints";
		}
		EndpointTeardown.TeardownResult removed = teardown.teardown(apiId, false);
		redirect.addFlashAttribute("message", "Rolled back: deleted " + removed.name() + " (" + apiId + ")"
				+ (removed.roleDeleted() ? " and its role " + removed.roleName() : "") + ".");
		return "redirect:/endpoints";
	}

	@ExceptionHandler(EndpointNotManageableException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String notManageable(EndpointNotManageableException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "endpoints/not-manageable";
	}

	/** The form again with its errors, as a 400: nothing was planned or changed. */
	private String refused(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return formPage(model);
	}

	/**
	 * The API form, with the account's buckets to pick from (none when S3 cannot list
	 * them).
	 */
	private String formPage(Model model) {
		List<String> names;
		try {
			names = buckets.listBuckets().stream().map(BucketSummary::name).toList();
		}
		catch (SdkException ex) {
			names = List.of();
		}
		model.addAttribute("bucketChoices", names);
		return "apis/form";
	}

	private ProxyApiSpec deployedSpec(String apiId) {
		return endpointSpecs.current(apiId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No imagegate endpoint " + apiId));
	}

	private ProvisioningRun find(String id) {
		return runs.find(id)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such run (runs are kept in memory)"));
	}

	/**
	 * The form binds typed values and is checked against the spec's rules
	 * ({@code @Valid}).
	 */
	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		ProxyApiFormBinding.configure(binder, provisioner::validate);
	}

	/** The spec, or null when the form has errors (a taken name among them). */
	private ProxyApiSpec validSpec(ProxyApiForm form, BindingResult errors) {
		ProxyApiSpec spec = form.toSpec();
		if (!errors.hasFieldErrors("apiName")) {
			refuseATakenName(form, spec, errors);
		}
		return errors.hasErrors() ? null : spec;
	}

	/**
	 * A new API (or a change that renames one) may not take the name of another endpoint:
	 * the run would re-point that endpoint to this spec's bucket and role without a word.
	 */
	private void refuseATakenName(ProxyApiForm form, ProxyApiSpec spec, BindingResult errors) {
		try {
			endpointDiscovery.findByName(spec.apiName())
				.filter((endpoint) -> !endpoint.apiId().equals(form.getChanging()))
				.ifPresent((taken) -> errors.rejectValue("apiName", "taken",
						"is already the name of the endpoint " + taken.apiId() + " (serving s3://" + taken.bucket()
								+ "/" + taken.prefix()
								+ "): choose another name, or change that endpoint from its page"));
		}
		catch (SdkException ex) {
			errors.rejectValue("apiName", "unchecked",
					"could not be checked against the existing endpoints: " + AwsErrors.describe(ex));
		}
	}

}

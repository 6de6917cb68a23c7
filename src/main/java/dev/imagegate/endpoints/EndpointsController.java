package dev.imagegate.endpoints;

import java.util.List;

import dev.imagegate.cloud.AwsErrors;
import dev.imagegate.proxyapi.EndpointVerifier;
import dev.imagegate.proxyapi.Verification;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dashboard: every managed endpoint (found in the cloud by its tags), a gallery
 * served through each, a check that it still works, and deletion with confirmation.
 */
@EndpointPages
@Controller
class EndpointsController {

	private static final int GALLERY_SIZE = 6;

	private final EndpointDiscovery discovery;

	private final EndpointTeardown teardown;

	private final EndpointGallery gallery;

	private final EndpointVerifier verifier;

	private final EndpointSpecs specs;

	EndpointsController(EndpointDiscovery discovery, EndpointTeardown teardown, EndpointGallery gallery,
			EndpointVerifier verifier, EndpointSpecs specs) {
		this.specs = specs;
		this.discovery = discovery;
		this.teardown = teardown;
		this.gallery = gallery;
		this.verifier = verifier;
	}

	@GetMapping("/endpoints")
	String list(Model model) {
		try {
			List<ManagedEndpoint> endpoints = discovery.list();
			model.addAttribute("endpoints", endpoints);
		}
		catch (SdkException ex) {
			model.addAttribute("endpoints", List.of());
			model.addAttribute("cloudError", AwsErrors.describe(ex));
		}
		return "endpoints/list";
	}

	@GetMapping("/endpoints/{apiId}")
	String show(@PathVariable String apiId, Model model) {
		ManagedEndpoint endpoint = discovery.find(apiId).orElseThrow(() -> new EndpointNotFoundException(apiId));
		model.addAttribute("endpoint", endpoint);
		if (!endpoint.manageable()) {
			model.addAttribute("images", List.of());
			return "endpoints/show";
		}
		try {
			model.addAttribute("settings", specs.specOf(endpoint));
			model.addAttribute("images", gallery.images(endpoint, GALLERY_SIZE));
		}
		catch (SdkException ex) {
			model.addAttribute("images", List.of());
			model.addAttribute("cloudError", AwsErrors.describe(ex));
		}
		return "endpoints/show";
	}

	/**
	 * Fetches an image through the endpoint and compares it with S3: does it still work?
	 */
	@PostMapping("/endpoints/{apiId}/verify")
	String verify(@PathVariable String apiId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", check(apiId));
		return "redirect:/endpoints/" + apiId;
	}

	/**
	 * The same check for the dashboard's live status badges, which ask for it once the
	 * list is shown.
	 */
	@GetMapping(path = "/endpoints/{apiId}/status", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Verification status(@PathVariable String apiId) {
		return check(apiId);
	}

	private Verification check(String apiId) {
		ManagedEndpoint endpoint = discovery.find(apiId).orElseThrow(() -> new EndpointNotFoundException(apiId));
		if (!endpoint.manageable()) {
			return Verification.failed("This endpoint is " + endpoint.problem() + ".");
		}
		try {
			return verifier.verify(endpoint.bucket(), endpoint.prefix(), endpoint.invokeUrl(), false, (message) -> {
			});
		}
		catch (SdkException ex) {
			return Verification.failed("Could not read the images to compare: " + AwsErrors.describe(ex));
		}
	}

	@GetMapping("/endpoints/{apiId}/delete")
	String confirmDelete(@PathVariable String apiId, Model model) {
		model.addAttribute("endpoint", discovery.find(apiId).orElseThrow(() -> new EndpointNotFoundException(apiId)));
		return "endpoints/delete";
	}

	@PostMapping("/endpoints/{apiId}/delete")
	String delete(@PathVariable String apiId, @RequestParam(defaultValue = "false") boolean deleteImages,
			RedirectAttributes redirect) {
		EndpointTeardown.TeardownResult result = teardown.teardown(apiId, deleteImages);
		redirect.addFlashAttribute("message",
				"Deleted " + result.name() + " (" + apiId + ")"
						+ (result.roleDeleted() ? " and its role " + result.roleName() : "") + (deleteImages
								? ", and " + result.imagesDeleted() + " images" : "; the bucket and its images stay")
						+ ".");
		return "redirect:/endpoints";
	}

}

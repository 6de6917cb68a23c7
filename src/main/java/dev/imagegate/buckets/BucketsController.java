package dev.imagegate.buckets;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dev.imagegate.cloud.AwsErrors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Choose or create a private bucket: the wizard's bucket step. */
@Controller
class BucketsController {

	private static final int PAGE_SIZE = 20;

	private final BucketService buckets;

	BucketsController(BucketService buckets) {
		this.buckets = buckets;
	}

	@GetMapping("/buckets")
	String list(@RequestParam(required = false) String page, Model model) {
		if (!model.containsAttribute("newBucket")) {
			model.addAttribute("newBucket", new NewBucketForm("", ""));
		}
		try {
			BucketService.BucketPage current = buckets.page((page == null || page.isBlank()) ? null : page, PAGE_SIZE);
			Map<String, Boolean> privacy = new LinkedHashMap<>();
			current.buckets().forEach((bucket) -> privacy.put(bucket.name(), buckets.isPrivate(bucket.name())));
			model.addAttribute("buckets", current.buckets());
			model.addAttribute("privacy", privacy);
			model.addAttribute("nextPage", current.nextToken());
		}
		catch (SdkException ex) {
			model.addAttribute("cloudError", AwsErrors.describe(ex));
		}
		return "buckets/list";
	}

	@PostMapping("/buckets")
	String create(@Valid @ModelAttribute("newBucket") NewBucketForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		// The list again with the form's errors: 400 for a name that breaks a rule, the
		// cloud's
		// own 4xx when it refused (409 for a name already taken), 502 when it failed.
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (!result.hasErrors()) {
			try {
				buckets.create(form.name(), form.region());
				redirect.addFlashAttribute("message", "Created the private bucket " + form.name() + ".");
				return "redirect:/buckets";
			}
			catch (SdkException ex) {
				result.rejectValue("name", AwsErrors.code(ex), AwsErrors.message(ex));
				int cloudStatus = (ex instanceof AwsServiceException aws) ? aws.statusCode() : 0;
				status = (cloudStatus >= 400 && cloudStatus < 500) ? HttpStatus.valueOf(cloudStatus)
						: HttpStatus.BAD_GATEWAY;
			}
		}
		response.setStatus(status.value());
		return list(null, model);
	}

	/** Says whether the bucket can be deleted here, and why not when it cannot. */
	@GetMapping("/buckets/{name}/delete")
	String confirmDelete(@PathVariable String name, Model model) {
		checkName(name);
		model.addAttribute("bucket", name);
		try {
			model.addAttribute("problem", buckets.deletionProblem(name));
		}
		catch (SdkException ex) {
			model.addAttribute("cloudError", AwsErrors.describe(ex));
		}
		return "buckets/delete";
	}

	@PostMapping("/buckets/{name}/delete")
	String delete(@PathVariable String name, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		checkName(name);
		try {
			buckets.deleteEmpty(name);
			redirect.addFlashAttribute("message", "Deleted the bucket " + name + ".");
			return "redirect:/buckets";
		}
		catch (BucketNotDeletableException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", ex.getMessage());
		}
		catch (SdkException ex) {
			response.setStatus(HttpStatus.BAD_GATEWAY.value());
			model.addAttribute("cloudError", AwsErrors.describe(ex));
		}
		model.addAttribute("bucket", name);
		return "buckets/delete";
	}

	private static void checkName(String name) {
		if (BucketNames.problem(name) != null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The bucket name " + BucketNames.problem(name) + ".");
		}
	}

	@PostMapping("/buckets/{name}/private")
	String makePrivate(@PathVariable String name, RedirectAttributes redirect) {
		try {
			buckets.makePrivate(name);
			redirect.addFlashAttribute("message", "All public access to " + name + " is now blocked.");
		}
		catch (SdkException ex) {
			redirect.addFlashAttribute("error", AwsErrors.describe(ex));
		}
		return "redirect:/buckets";
	}

}

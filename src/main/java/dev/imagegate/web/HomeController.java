package dev.imagegate.web;

import java.util.List;

import dev.imagegate.buckets.BucketService;
import dev.imagegate.buckets.BucketSummary;
import dev.imagegate.cloud.AwsErrors;
import dev.imagegate.cloud.CloudAccount;
import dev.imagegate.cloud.CloudConnection;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page: which cloud and which account, whether it answers, and the buckets
 * there.
 */
@Controller
class HomeController {

	private final CloudConnection connection;

	private final CloudAccount account;

	private final BucketService buckets;

	HomeController(CloudConnection connection, CloudAccount account, BucketService buckets) {
		this.connection = connection;
		this.account = account;
		this.buckets = buckets;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("connection", connection);
		// Asked apart from the buckets: an identity that may not list buckets still has
		// an account.
		try {
			model.addAttribute("account", account.identify());
		}
		catch (SdkException ex) {
			model.addAttribute("accountError", AwsErrors.describe(ex));
		}
		try {
			List<BucketSummary> list = buckets.listBuckets();
			model.addAttribute("buckets", list);
			model.addAttribute("reachable", true);
		}
		catch (SdkException ex) {
			model.addAttribute("buckets", List.of());
			model.addAttribute("reachable", false);
			model.addAttribute("cloudError", AwsErrors.describe(ex));
		}
		return "home";
	}

}

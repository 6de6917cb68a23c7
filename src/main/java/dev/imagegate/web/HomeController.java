package dev.imagegate.web;

import java.util.List;

import dev.imagegate.buckets.BucketService;
import dev.imagegate.buckets.BucketSummary;
import dev.imagegate.cloud.AwsErrors;
import dev.imagegate.cloud.CloudConnection;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page: which cloud, whether it answers, and the buckets there. */
@Controller
class HomeController {

	private final CloudConnection connection;

	private final BucketService buckets;

	HomeController(CloudConnection connection, BucketService buckets) {
		this.connection = connection;
		this.buckets = buckets;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("connection", connection);
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

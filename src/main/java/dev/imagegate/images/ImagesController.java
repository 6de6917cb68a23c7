package dev.imagegate.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.buckets.BucketNames;
import dev.imagegate.cloud.AwsErrors;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The images of a prefix of a bucket: a gallery, page by page, and uploads to it. */
@Controller
class ImagesController {

	private static final int PAGE_SIZE = 24;

	private final ImageService images;

	ImagesController(ImageService images) {
		this.images = images;
	}

	@GetMapping("/buckets/{bucket}/images")
	String gallery(@PathVariable String bucket, @RequestParam(defaultValue = "images/") String prefix,
			@RequestParam(required = false) String page, Model model) {
		checkLocation(bucket, prefix);
		model.addAttribute("bucket", bucket);
		model.addAttribute("prefix", prefix);
		model.addAttribute("rule", ImageKeys.FILE_NAME_RULE);
		model.addAttribute("maxSize", ImageService.megabytes(this.images.maxSize().toBytes()));
		try {
			ImageService.ImagePage current = this.images.page(bucket, prefix, page, PAGE_SIZE);
			model.addAttribute("images", current.images());
			model.addAttribute("nextPage", current.nextToken());
		}
		catch (SdkException ex) {
			model.addAttribute("cloudError", AwsErrors.describe(ex));
		}
		return "images/gallery";
	}

	/**
	 * The plain form (no JavaScript): post, then redirect to the gallery with one line
	 * per file.
	 */
	@PostMapping("/buckets/{bucket}/images")
	String upload(@PathVariable String bucket, @RequestParam(defaultValue = "images/") String prefix,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean replace, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		List<UploadResult> results = storeAll(bucket, prefix, files, replace);
		if (noneStored(results)) {
			// Nothing changed: answer the refusal itself (400 or 502) on the gallery, no
			// redirect.
			response.setStatus(statusOf(results).value());
			model.addAttribute("results", results);
			return gallery(bucket, prefix, null, model);
		}
		redirect.addFlashAttribute("results", results);
		return "redirect:" + galleryPath(bucket, prefix);
	}

	/**
	 * The same for scripts (upload.js sends one file per request to show its progress).
	 */
	@PostMapping(path = "/buckets/{bucket}/images", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, List<UploadResult>>> uploadJson(@PathVariable String bucket,
			@RequestParam(defaultValue = "images/") String prefix,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean replace) {
		List<UploadResult> results = storeAll(bucket, prefix, files, replace);
		return ResponseEntity.status(statusOf(results)).body(Map.of("results", results));
	}

	/** Every file refused or failed: the request as a whole changed nothing. */
	private static boolean noneStored(List<UploadResult> results) {
		return results.stream().noneMatch(UploadResult::wasStored);
	}

	/**
	 * 200 when something was stored; else 502 when the cloud failed, 400 when the files
	 * broke a rule.
	 */
	private static HttpStatus statusOf(List<UploadResult> results) {
		if (!noneStored(results)) {
			return HttpStatus.OK;
		}
		return results.stream().anyMatch((result) -> result.status() == UploadStatus.FAILED) ? HttpStatus.BAD_GATEWAY
				: HttpStatus.BAD_REQUEST;
	}

	@GetMapping("/buckets/{bucket}/images/raw")
	void raw(@PathVariable String bucket, @RequestParam String key, HttpServletResponse response) throws IOException {
		if (BucketNames.problem(bucket) != null || !ImageKeys.isServable(key)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		try (ResponseInputStream<GetObjectResponse> object = this.images.open(bucket, key)) {
			GetObjectResponse meta = object.response();
			response.setContentType(
					(meta.contentType() != null) ? meta.contentType() : MediaType.APPLICATION_OCTET_STREAM_VALUE);
			if (meta.contentLength() != null) {
				response.setContentLengthLong(meta.contentLength());
			}
			response.setHeader("Cache-Control", "private, max-age=300");
			response.setHeader("X-Content-Type-Options", "nosniff");
			try (InputStream in = object; OutputStream out = response.getOutputStream()) {
				in.transferTo(out);
			}
		}
		catch (NoSuchKeyException | NoSuchBucketException ex) {
			response.sendError(HttpStatus.NOT_FOUND.value());
		}
	}

	/** Asks before deleting: an image served by an endpoint stops being served. */
	@GetMapping("/buckets/{bucket}/images/delete")
	String confirmDelete(@PathVariable String bucket, @RequestParam String key, Model model) {
		checkImage(bucket, key);
		model.addAttribute("bucket", bucket);
		model.addAttribute("key", key);
		model.addAttribute("prefix", key.substring(0, key.lastIndexOf('/') + 1));
		return "images/delete";
	}

	@PostMapping("/buckets/{bucket}/images/delete")
	String delete(@PathVariable String bucket, @RequestParam String key, RedirectAttributes redirect, Model model) {
		checkImage(bucket, key);
		String prefix = key.substring(0, key.lastIndexOf('/') + 1);
		try {
			this.images.delete(bucket, key);
		}
		catch (SdkException ex) {
			model.addAttribute("cloudError", AwsErrors.describe(ex));
			return confirmDelete(bucket, key, model);
		}
		redirect.addFlashAttribute("message", "Deleted " + key + ".");
		return "redirect:" + galleryPath(bucket, prefix);
	}

	@ExceptionHandler(InvalidLocationException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidLocation(InvalidLocationException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "images/invalid";
	}

	private List<UploadResult> storeAll(String bucket, String prefix, List<MultipartFile> files, boolean replace) {
		checkLocation(bucket, prefix);
		List<UploadResult> results = new ArrayList<>();
		for (MultipartFile file : (files == null) ? List.<MultipartFile>of() : files) {
			try {
				results.add(this.images.store(bucket, prefix, file, replace));
			}
			catch (IOException | SdkException ex) {
				String name = ImageKeys.lastSegment(file.getOriginalFilename());
				String reason = (ex instanceof SdkException sdk) ? AwsErrors.describe(sdk) : ex.getMessage();
				results.add(UploadResult.failed(name, name + " could not be stored: " + reason));
			}
		}
		if (results.isEmpty()) {
			results.add(UploadResult.refused("", "No file was chosen."));
		}
		return results;
	}

	private static void checkImage(String bucket, String key) {
		if (!ImageKeys.isServable(key)) {
			throw new InvalidLocationException("The key must be a prefix and a file name as uploads store them.");
		}
		checkLocation(bucket, key.substring(0, key.lastIndexOf('/') + 1));
	}

	private static void checkLocation(String bucket, String prefix) {
		String bucketProblem = BucketNames.problem(bucket);
		if (bucketProblem != null) {
			throw new InvalidLocationException("The bucket name " + bucketProblem + ".");
		}
		String prefixProblem = ImageKeys.prefixProblem(prefix);
		if (prefixProblem != null) {
			throw new InvalidLocationException("The prefix " + prefixProblem + ".");
		}
	}

	/**
	 * Both are validated by then, and every character their rules allow is legal as it is
	 * in a path and a query (encoding the / would lose the flash messages, matched on the
	 * raw value).
	 */
	static String galleryPath(String bucket, String prefix) {
		return "/buckets/" + bucket + "/images?prefix=" + prefix;
	}

	static class InvalidLocationException extends RuntimeException {

		InvalidLocationException(String message) {
			super(message);
		}

	}

}

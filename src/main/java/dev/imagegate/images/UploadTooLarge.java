package dev.imagegate.images;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A whole upload over {@code spring.servlet.multipart.max-request-size} (or one part over
 * {@code max-file-size}) is refused before any controller runs: say so on a page, not with a
 * stack trace.
 */
@ControllerAdvice
@EnableConfigurationProperties(ImagesProperties.class)
class UploadTooLarge {

	private final String perFile;

	private final String perRequest;

	UploadTooLarge(ImagesProperties images,
			@Value("${spring.servlet.multipart.max-request-size:100MB}") DataSize maxRequest) {
		this.perFile = ImageService.megabytes(images.maxSize().toBytes());
		this.perRequest = ImageService.megabytes(maxRequest.toBytes());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(MaxUploadSizeExceededException ex, Model model) {
		model.addAttribute("message", "The upload is too large: send fewer files at once. Each image may be at most "
				+ this.perFile + " (API Gateway's payload limit) and one upload at most " + this.perRequest + ".");
		return "images/invalid";
	}

}

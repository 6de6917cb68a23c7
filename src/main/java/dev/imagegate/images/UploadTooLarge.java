package dev.imagegate.images;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A whole upload over {@code spring.servlet.multipart.max-request-size} (or one part over
 * {@code max-file-size}) is refused before any controller runs: say so on a page, not with a
 * stack trace. With the CSRF token in a header (upload.js) Spring's multipart resolver fails
 * and the handler here answers; with the token in the body (the plain form) Tomcat already
 * fails Spring Security's CSRF filter reading it, with a 413 that only Boot's error page sees,
 * so this is also that page's view for it.
 */
@ControllerAdvice
@EnableConfigurationProperties(ImagesProperties.class)
class UploadTooLarge implements ErrorViewResolver {

	private final String perFile;

	private final String perRequest;

	UploadTooLarge(ImagesProperties images,
			@Value("${spring.servlet.multipart.max-request-size:100MB}") DataSize maxRequest) {
		this.perFile = ImageService.megabytes(images.maxSize().toBytes());
		this.perRequest = ImageService.megabytes(maxRequest.toBytes());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	String tooLarge(MaxUploadSizeExceededException ex, Model model) {
		model.addAttribute("message", message());
		return "images/invalid";
	}

	/**
	 * Tomcat answers a multipart request with 413 only when it is over one of the multipart
	 * limits (request size, part size, part count); the request was still refused before any
	 * filter after the CSRF filter ran, so nothing was stored. Other errors keep Boot's page.
	 */
	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status.value() != HttpStatus.CONTENT_TOO_LARGE.value()
				|| !StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/")) {
			return null;
		}
		return new ModelAndView("images/invalid", Map.of("message", message()), HttpStatus.CONTENT_TOO_LARGE);
	}

	private String message() {
		return "The upload is too large: send fewer files at once. Each image may be at most " + this.perFile
				+ " (API Gateway's payload limit) and one upload at most " + this.perRequest + ".";
	}

}

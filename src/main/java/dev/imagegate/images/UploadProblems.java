package dev.imagegate.images;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Uploads refused before any controller runs, said in the client's terms: a page for a
 * browser, a problem detail for a script (upload.js asks for JSON). An upload over
 * {@code spring.servlet.multipart.max-request-size} (or one part over
 * {@code max-file-size}) is 413; one Tomcat cannot parse (a NUL in a file name, a broken
 * form) is 400. With the CSRF token in a header (upload.js) Spring's multipart resolver
 * fails and the handlers here answer; with the token in the body (the plain form) Tomcat
 * already fails Spring Security's CSRF filter reading it, with a 413 that only Boot's
 * error page sees, so this is also that page's view for it.
 */
@ControllerAdvice
@EnableConfigurationProperties(ImagesProperties.class)
class UploadProblems implements ErrorViewResolver {

	private final String perFile;

	private final String perRequest;

	UploadProblems(ImagesProperties images,
			@Value("${spring.servlet.multipart.max-request-size:100MB}") DataSize maxRequest) {
		this.perFile = ImageService.megabytes(images.maxSize().toBytes());
		this.perRequest = ImageService.megabytes(maxRequest.toBytes());
	}

	@ExceptionHandler(exception = MaxUploadSizeExceededException.class, produces = "application/json")
	ResponseEntity<ProblemDetail> tooLargeForScripts() {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Upload too large", tooLargeMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge() {
		return page(HttpStatus.CONTENT_TOO_LARGE, tooLargeMessage());
	}

	@ExceptionHandler(exception = MultipartException.class, produces = "application/json")
	ResponseEntity<ProblemDetail> unreadableForScripts(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Unreadable upload", unreadableMessage(ex));
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView unreadable(MultipartException ex) {
		return page(HttpStatus.BAD_REQUEST, unreadableMessage(ex));
	}

	/**
	 * Tomcat answers a multipart request with 413 only when it is over one of the
	 * multipart limits (request size, part size, part count); the request was still
	 * refused before any filter after the CSRF filter ran, so nothing was stored. Other
	 * errors keep Boot's page.
	 */
	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status.value() != HttpStatus.CONTENT_TOO_LARGE.value()
				|| !StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/")) {
			return null;
		}
		return page(HttpStatus.CONTENT_TOO_LARGE, tooLargeMessage());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ModelAndView page(HttpStatus status, String message) {
		return new ModelAndView("images/invalid", Map.of("message", message), status);
	}

	private static String unreadableMessage(MultipartException ex) {
		return "The upload could not be read: "
				+ (hasInvalidFileName(ex) ? "a file name contains a NUL character." : "the form is malformed.");
	}

	/**
	 * Tomcat's own exception for a NUL in a part's file name, found by name: it is
	 * Tomcat-internal.
	 */
	private static boolean hasInvalidFileName(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().equals("InvalidFileNameException")) {
				return true;
			}
		}
		return false;
	}

	private String tooLargeMessage() {
		return "The upload is too large: send fewer files at once. Each image may be at most " + this.perFile
				+ " (API Gateway's payload limit) and one upload at most " + this.perRequest + ".";
	}

}

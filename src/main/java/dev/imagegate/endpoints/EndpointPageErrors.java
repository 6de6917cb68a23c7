package dev.imagegate.endpoints;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A missing (404) or unmanageable (409) endpoint on a dashboard page: a plain page, never
 * a stack trace.
 */
@ControllerAdvice(annotations = EndpointPages.class)
class EndpointPageErrors {

	@ExceptionHandler(EndpointNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(EndpointNotFoundException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "endpoints/not-found";
	}

	/**
	 * Its tags hold what imagegate never writes: it can be deleted, not read back,
	 * exported or changed.
	 */
	@ExceptionHandler(EndpointNotManageableException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String notManageable(EndpointNotManageableException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "endpoints/not-manageable";
	}

}

package dev.imagegate.endpoints;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A missing endpoint on a dashboard page: a plain 404 page, never a stack trace. */
@ControllerAdvice(assignableTypes = EndpointsController.class)
class EndpointPageErrors {

	@ExceptionHandler(EndpointNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(EndpointNotFoundException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "endpoints/not-found";
	}

}

package dev.imagegate.endpoints;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.imagegate.cloud.AwsErrors;
import dev.imagegate.proxyapi.InvalidSpecException;
import dev.imagegate.proxyapi.ProxyApiSpec;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details, with a message per field for a bad
 * spec and AWS's own error code when AWS refused.
 */
@RestControllerAdvice(annotations = JsonApi.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors.merge(ProxyApiSpec.fieldOf(error.getField()), error.getDefaultMessage(),
					(a, b) -> a + "; " + b));
		return ResponseEntity.badRequest().body(invalidSpec(errors));
	}

	/**
	 * A body that is not a spec: the field at fault when there is one, else where the
	 * JSON breaks.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ApiBodyLimit.isTooLarge(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ApiBodyLimit.problem());
		}
		Map<String, String> errors = JsonBodyErrors.fieldErrors(ex);
		if (!errors.isEmpty()) {
			return ResponseEntity.badRequest().body(invalidSpec(errors));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				JsonBodyErrors.syntaxError(ex));
		problem.setTitle("Malformed request body");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(InvalidSpecException.class)
	ResponseEntity<ProblemDetail> invalidSpec(InvalidSpecException ex) {
		return ResponseEntity.badRequest().body(invalidSpec(ex.fieldErrors()));
	}

	@ExceptionHandler(EndpointNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(EndpointNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Endpoint not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler({ EndpointNameTakenException.class, EndpointNotManageableException.class })
	ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Conflicts with an existing endpoint");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(SdkException.class)
	ResponseEntity<ProblemDetail> aws(SdkException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, AwsErrors.message(ex));
		problem.setTitle("The cloud refused the request");
		problem.setProperty("awsErrorCode", AwsErrors.code(ex));
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
	}

	private static ProblemDetail invalidSpec(Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The spec is invalid; nothing was changed.");
		problem.setTitle("Invalid spec");
		problem.setProperty("errors", errors);
		return problem;
	}

}

package dev.imagegate.localcloud.s3;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.WebUtils;

/**
 * Writes S3Mock's streamed bodies (GetObject) on the calling thread. Spring MVC would
 * hand them to an async executor and dispatch the request a second time; in process that
 * is a thread hop per object for nothing, since the local cloud's connector threads are
 * there to block on I/O. For an in-process call ({@link CapturedResponse}) the body is
 * not written at all but kept, so that the caller streams it where it wants it once it
 * has read the status.
 */
class SynchronousStreaming implements HandlerMethodReturnValueHandler {

	@Override
	public boolean supportsReturnType(MethodParameter returnType) {
		Class<?> type = returnType.getParameterType();
		if (StreamingResponseBody.class.isAssignableFrom(type)) {
			return true;
		}
		if (!ResponseEntity.class.isAssignableFrom(type)) {
			return false;
		}
		Class<?> body = ResolvableType.forMethodParameter(returnType).getGeneric().resolve(Object.class);
		return StreamingResponseBody.class.isAssignableFrom(body);
	}

	@Override
	public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest) throws Exception {
		mavContainer.setRequestHandled(true);
		HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
		ServletServerHttpResponse output = new ServletServerHttpResponse(response);
		Object body = returnValue;
		if (returnValue instanceof ResponseEntity<?> entity) {
			response.setStatus(entity.getStatusCode().value());
			output.getHeaders().putAll(entity.getHeaders());
			body = entity.getBody();
		}
		if (!(body instanceof StreamingResponseBody streaming)) {
			output.flush();
			return;
		}
		// The captured response may be wrapped (by the dispatcher's error guard): look
		// beneath.
		CapturedResponse captured = WebUtils.getNativeResponse(response, CapturedResponse.class);
		if (captured != null) {
			output.flush();
			captured.deferBody(streaming);
			return;
		}
		streaming.writeTo(output.getBody());
		output.flush();
	}

}

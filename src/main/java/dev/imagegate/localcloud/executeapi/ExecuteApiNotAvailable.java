package dev.imagegate.localcloud.executeapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.localcloud.wire.CloudServiceHandler;

/**
 * Stands in for the execute-api data plane until it is built: says plainly that deployed
 * APIs are not served yet, rather than pretending with a wrong answer.
 */
public class ExecuteApiNotAvailable implements CloudServiceHandler {

	@Override
	public String signingName() {
		return "execute-api";
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
		byte[] body = "{\"message\":\"The local cloud does not serve deployed APIs (execute-api) yet\"}"
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(501);
		response.setContentType("application/json");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}

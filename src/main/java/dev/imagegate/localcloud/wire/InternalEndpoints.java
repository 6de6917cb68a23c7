package dev.imagegate.localcloud.wire;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The local cloud's own unsigned endpoints under {@code /_imagegate/}: today only
 * {@code GET /_imagegate/health}, for scripts and container health checks.
 */
public class InternalEndpoints implements CloudServiceHandler {

	private final Supplier<Map<String, String>> status;

	public InternalEndpoints(Supplier<Map<String, String>> status) {
		this.status = status;
	}

	@Override
	public String signingName() {
		return "_imagegate";
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!request.getRequestURI().equals("/_imagegate/health")) {
			write(response, 404, "{\"message\":\"Unknown local cloud endpoint. Try GET /_imagegate/health\"}");
			return;
		}
		if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
			write(response, 405, "{\"message\":\"Use GET\"}");
			return;
		}
		Map<String, String> services = status.get();
		boolean allRunning = services.values().stream().allMatch("running"::equals);
		String body = services.entrySet()
			.stream()
			.map((e) -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
			.collect(Collectors.joining(",",
					"{\"status\":\"" + (allRunning ? "running" : "starting") + "\",\"services\":{", "}}"));
		write(response, allRunning ? 200 : 503, body);
	}

	@Override
	public void writeError(HttpServletRequest request, HttpServletResponse response, CloudException error)
			throws IOException {
		write(response, error.status(), JsonText.message(error.getMessage()));
	}

	private static void write(HttpServletResponse response, int status, String json) throws IOException {
		TextResponse.write(response, status, "application/json", json);
	}

}

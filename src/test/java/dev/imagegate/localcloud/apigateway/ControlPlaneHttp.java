package dev.imagegate.localcloud.apigateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Raw requests to the control plane, for what a typed SDK cannot send (values outside an
 * enum, a boolean where the model wants a string) or cannot show (the error body's
 * members).
 */
final class ControlPlaneHttp {

	private final URI endpoint;

	private final HttpClient client = HttpClient.newHttpClient();

	ControlPlaneHttp(URI endpoint) {
		this.endpoint = endpoint;
	}

	/** A request the router takes for API Gateway: only the SigV4 scope matters to it. */
	HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + path))
			.header("Authorization",
					"AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/apigateway/aws4_request, "
							+ "SignedHeaders=host, Signature=00")
			.header("Content-Type", "application/json")
			.method(method,
					body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}

package dev.imagegate.proxyapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import dev.imagegate.cloud.AwsClients;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.stereotype.Component;

/**
 * Fetches an image through a deployed proxy API and compares it with the object in S3:
 * same bytes (SHA-256), same Content-Type. Right after a new role is created, AWS may
 * refuse for a few seconds while IAM propagates; it waits and says so.
 */
@Component
public class EndpointVerifier {

	private static final Duration PROPAGATION_WAIT = Duration.ofSeconds(60);

	private final AwsClients clients;

	public EndpointVerifier(AwsClients clients) {
		this.clients = clients;
	}

	public Verification verify(String bucket, String prefix, String urlTemplate, boolean roleJustCreated,
			Consumer<String> progress) {
		Optional<String> key = firstImageKey(bucket, prefix);
		if (key.isEmpty()) {
			return Verification
				.skipped("No image under s3://" + bucket + "/" + prefix + " yet: upload one, then verify.");
		}
		ResponseBytes<GetObjectResponse> object = clients.s3().getObjectAsBytes((g) -> g.bucket(bucket).key(key.get()));
		String relativeKey = key.get().substring(prefix.length());
		String url = InvokeUrls.forKey(urlTemplate, relativeKey);
		long deadline = System.nanoTime() + PROPAGATION_WAIT.toNanos();
		long backoffMs = 500;
		while (true) {
			long start = System.nanoTime();
			HttpResponse<byte[]> response;
			try {
				response = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(url))
					.header("Accept", "*/*")
					.timeout(Duration.ofSeconds(30))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (IOException ex) {
				return result(VerificationStatus.FAILED, key.get(), url, null, object, null, null,
						"The invoke URL did not answer: " + ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return result(VerificationStatus.FAILED, key.get(), url, null, object, null, null, "Interrupted");
			}
			long latencyMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
			int status = response.statusCode();
			if (status == 501) {
				return result(VerificationStatus.NOT_AVAILABLE, key.get(), url, status, object, response, latencyMs,
						"This cloud does not serve deployed APIs: " + excerpt(response.body()));
			}
			boolean mayBePropagating = roleJustCreated && (status == 403 || status == 500);
			if (mayBePropagating && System.nanoTime() + backoffMs * 1_000_000 < deadline) {
				progress.accept("Waiting for IAM to propagate the new role (the API answered " + status + ")");
				sleep(backoffMs);
				backoffMs = Math.min(backoffMs * 2, 8000);
				continue;
			}
			if (status != 200) {
				return result(VerificationStatus.FAILED, key.get(), url, status, object, response, latencyMs,
						"The invoke URL answered " + status + ": " + excerpt(response.body()));
			}
			boolean sameBytes = MessageDigest.isEqual(sha256(object.asByteArray()), sha256(response.body()));
			String contentType = response.headers().firstValue("Content-Type").orElse(null);
			boolean sameType = contentType != null && contentType.equals(object.response().contentType());
			String detail = sameBytes && sameType ? "Same bytes and Content-Type as the object in S3"
					: (!sameBytes ? "The bytes differ from the object in S3" : "The Content-Type differs from S3's");
			return new Verification(sameBytes && sameType ? VerificationStatus.PASSED : VerificationStatus.FAILED,
					key.get(), url, status, sameBytes, object.response().contentType(), contentType, latencyMs, detail);
		}
	}

	/** The first object under the prefix that is not a folder marker. */
	private Optional<String> firstImageKey(String bucket, String prefix) {
		return clients.s3()
			.listObjectsV2((l) -> l.bucket(bucket).prefix(prefix).maxKeys(50))
			.contents()
			.stream()
			.filter((o) -> !o.key().endsWith("/") && o.size() != null && o.size() > 0)
			.map(S3Object::key)
			.findFirst();
	}

	private static Verification result(VerificationStatus status, String key, String url, Integer httpStatus,
			ResponseBytes<GetObjectResponse> object, HttpResponse<byte[]> response, Long latencyMs, String detail) {
		String contentType = (response != null) ? response.headers().firstValue("Content-Type").orElse(null) : null;
		return new Verification(status, key, url, httpStatus, null, object.response().contentType(), contentType,
				latencyMs, detail);
	}

	private static String excerpt(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
		return text.isBlank() ? "(empty body)" : text;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Built on the first verification, not at start-up: a JDK HttpClient sets up TLS when
	 * it is created, a third of a second on a cold JVM.
	 */
	private static final class Http {

		static final HttpClient CLIENT = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

	}

}

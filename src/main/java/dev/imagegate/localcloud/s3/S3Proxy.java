package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import dev.imagegate.localcloud.store.JsonStateFile;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;
import dev.imagegate.localcloud.wire.SigV4;
import dev.imagegate.localcloud.wire.TextResponse;

/**
 * S3 on the local cloud's port: forwards each signed request, streaming, to the embedded
 * S3Mock and streams the answer back. Unsigned requests are refused with S3's
 * {@code AccessDenied}, as AWS does for a private bucket, so nothing is readable without
 * credentials through the emulator either.
 */
public class S3Proxy implements CloudServiceHandler {

	/** Headers that belong to one hop, or that the JDK client sets itself. */
	private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
			"proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
			"expect", "http2-settings");

	private final S3MockServer s3Mock;

	private final FaultInjector faults;

	private final BucketSettings bucketSettings;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public S3Proxy(S3MockServer s3Mock, FaultInjector faults, Path settingsFile) {
		this.s3Mock = s3Mock;
		this.faults = faults;
		this.bucketSettings = new BucketSettings(
				new JsonStateFile<>(settingsFile, BucketSettings.State.class, JsonMapper.builder().build()));
	}

	@Override
	public String signingName() {
		return "s3";
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!SigV4.isSigned(request)) {
			writeError(response, 403, "AccessDenied", "Access Denied");
			return;
		}
		try {
			faults.check("S3:" + request.getMethod());
		}
		catch (CloudException ex) {
			writeError(response, ex.status(), ex.code(), ex.getMessage());
			return;
		}
		String path = pathStylePath(request);
		String bucket = bucketOf(path);
		try {
			String subresource = (bucket != null && isBucketPath(path)) ? BucketSettings.subresource(request) : null;
			if (subresource != null) {
				handleBucketSetting(bucket, subresource, request, response);
				return;
			}
			HttpResponse<InputStream> upstream = client.send(forwardRequest(request, path),
					HttpResponse.BodyHandlers.ofInputStream());
			if ("DELETE".equals(request.getMethod()) && request.getQueryString() == null && isBucketPath(path)
					&& upstream.statusCode() == 204) {
				bucketSettings.forget(bucket);
			}
			copyResponse(upstream, request, response);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			writeError(response, 503, "ServiceUnavailable", "Interrupted");
			return;
		}
		catch (IOException | IllegalStateException ex) {
			if (!response.isCommitted()) {
				writeError(response, 503, "ServiceUnavailable", "The local cloud's S3 is not available");
			}
		}
	}

	private void handleBucketSetting(String bucket, String subresource, HttpServletRequest request,
			HttpServletResponse response) throws IOException, InterruptedException {
		HttpResponse<Void> head = client.send(
				HttpRequest.newBuilder(URI.create(s3Mock.endpoint() + "/" + bucket))
					.method("HEAD", HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpResponse.BodyHandlers.discarding());
		if (head.statusCode() == 404) {
			writeError(response, 404, "NoSuchBucket", "The specified bucket does not exist");
			return;
		}
		bucketSettings.handle(bucket, subresource, request, response);
	}

	/** The bucket named by a path-style path, or null for the service root. */
	static String bucketOf(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		int slash = trimmed.indexOf('/');
		String bucket = (slash < 0) ? trimmed : trimmed.substring(0, slash);
		return bucket.isEmpty() ? null : bucket;
	}

	private static boolean isBucketPath(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		int slash = trimmed.indexOf('/');
		return slash < 0 || slash == trimmed.length() - 1;
	}

	private HttpRequest forwardRequest(HttpServletRequest request, String path) throws IOException {
		String query = request.getQueryString();
		String target = s3Mock.endpoint() + path + ((query != null) ? "?" + query : "");
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofMinutes(5));
		for (String name : Collections.list(request.getHeaderNames())) {
			if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : Collections.list(request.getHeaders(name))) {
					builder.header(name, value);
				}
			}
		}
		long length = request.getContentLengthLong();
		InputStream body = request.getInputStream();
		HttpRequest.BodyPublisher publisher;
		if (length == 0 || (length < 0 && request.getHeader("Transfer-Encoding") == null)) {
			publisher = HttpRequest.BodyPublishers.noBody();
		}
		else if (length > 0) {
			publisher = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body),
					length);
		}
		else {
			publisher = HttpRequest.BodyPublishers.ofInputStream(() -> body);
		}
		return builder.method(request.getMethod(), publisher).build();
	}

	/**
	 * The request's raw path in path style: a virtual-hosted request
	 * ({@code bucket.localhost:4566/key}) becomes {@code /bucket/key}.
	 */
	static String pathStylePath(HttpServletRequest request) {
		String path = request.getRequestURI();
		String host = request.getServerName().toLowerCase(Locale.ROOT);
		int dot = host.indexOf('.');
		if (dot > 0 && (host.endsWith(".localhost") || host.contains(".s3."))) {
			String bucket = host.substring(0, dot);
			if (!bucket.equals("s3") && !bucket.equals("localhost")) {
				return "/" + bucket + (path.equals("/") ? "" : path);
			}
		}
		return path;
	}

	private static void copyResponse(HttpResponse<InputStream> upstream, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		response.setStatus(upstream.statusCode());
		upstream.headers().map().forEach((name, values) -> {
			if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase("content-length")) {
				values.forEach((value) -> response.addHeader(name, value));
			}
		});
		try (InputStream in = upstream.body()) {
			if ("HEAD".equals(request.getMethod())) {
				return;
			}
			OutputStream out = response.getOutputStream();
			in.transferTo(out);
		}
	}

	/** S3's XML error shape. */
	static void writeError(HttpServletResponse response, int status, String code, String message) throws IOException {
		String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
				+ escape(message) + "</Message><RequestId>" + requestId + "</RequestId></Error>";
		response.setHeader("x-amz-request-id", requestId);
		TextResponse.write(response, status, "application/xml", xml);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}

package dev.imagegate.localcloud.executeapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.imagegate.localcloud.executeapi.IntegrationRequestMapper.S3Request;
import dev.imagegate.localcloud.s3.S3MockServer;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.FaultInjector;

/**
 * The integration stage: S3 called as the role, streaming. The role's policies decide what S3
 * answers, as real S3 would: no {@code s3:GetObject} on the object is S3's 403 AccessDenied,
 * and a missing key is 404 NoSuchKey only if the role may {@code s3:ListBucket} the bucket
 * (for that key as {@code s3:prefix}), else 403 too. S3Mock itself knows nothing of IAM, so
 * these checks are made here, before and after calling it.
 */
final class S3Integration {

	/** Headers API Gateway would not send on to an AWS service, or that the JDK client sets itself. */
	private static final Set<String> NOT_SENT = Set.of("host", "content-length", "connection", "expect", "upgrade",
			"transfer-encoding", "te", "trailer", "keep-alive", "http2-settings");

	private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]+)</Code>");

	private final S3MockServer s3Mock;

	private final FaultInjector faults;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	S3Integration(S3MockServer s3Mock, FaultInjector faults) {
		this.s3Mock = s3Mock;
		this.faults = faults;
	}

	IntegrationResult call(S3Request request, IntegrationRole role, BodySource body, boolean headOnly)
			throws IOException, InterruptedException {
		String method = headOnly && "GET".equals(request.httpMethod()) ? "HEAD" : request.httpMethod();
		String bucketArn = "arn:aws:s3:::" + request.bucket();
		if (!role.may(action(method, request.key()), request.key().isEmpty() ? bucketArn : bucketArn + "/" + request.key(),
				Map.of())) {
			return IntegrationResult.s3Error(403, "AccessDenied", "Access Denied", method);
		}
		try {
			faults.check("S3:" + method);
		}
		catch (CloudException ex) {
			return IntegrationResult.s3Error(ex.status(), ex.code(), ex.getMessage(), method);
		}
		IntegrationResult result;
		if (!isAddressable(request.key())) {
			result = IntegrationResult.s3Error(404, "NoSuchKey", "The specified key does not exist.", method);
		}
		else {
			HttpResponse<InputStream> response = client.send(s3Call(method, request, body),
					HttpResponse.BodyHandlers.ofInputStream());
			result = new IntegrationResult(response.statusCode(), headers(response.headers()), response.body());
		}
		if (result.status() == 404 && !request.key().isEmpty()) {
			result = withErrorCode(result);
		}
		if (result.status() == 404 && !request.key().isEmpty() && !"NoSuchBucket".equals(result.errorCode())
				&& !role.may("s3:ListBucket", bucketArn, Map.of("s3:prefix", request.key()))) {
			result.close();
			return IntegrationResult.s3Error(403, "AccessDenied", "Access Denied", method);
		}
		return result;
	}

	private HttpRequest s3Call(String method, S3Request request, BodySource body) throws IOException {
		StringBuilder uri = new StringBuilder(s3Mock.endpoint().toString()).append('/')
			.append(IntegrationRequestMapper.encode(request.bucket()));
		if (!request.key().isEmpty()) {
			uri.append('/').append(IntegrationRequestMapper.encode(request.key()).replace("%2F", "/"));
		}
		if (!request.query().isEmpty()) {
			uri.append('?')
				.append(request.query()
					.entrySet()
					.stream()
					.map((e) -> IntegrationRequestMapper.encode(e.getKey()) + "="
							+ IntegrationRequestMapper.encode(e.getValue()))
					.collect(Collectors.joining("&")));
		}
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofMillis(request.timeoutMillis()));
		request.headers().forEach((name, value) -> {
			if (!NOT_SENT.contains(name.toLowerCase(Locale.ROOT))) {
				builder.header(name, value);
			}
		});
		HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
		if (("PUT".equals(method) || "POST".equals(method)) && body != null) {
			publisher = body.publisher();
			if (body.contentType() != null && request.headers().keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
				builder.header("Content-Type", body.contentType());
			}
		}
		return builder.method(method, publisher).build();
	}

	static String action(String method, String key) {
		boolean bucket = key.isEmpty();
		return switch (method) {
			case "PUT" -> bucket ? "s3:CreateBucket" : "s3:PutObject";
			case "DELETE" -> bucket ? "s3:DeleteBucket" : "s3:DeleteObject";
			default -> bucket ? "s3:ListBucket" : "s3:GetObject";
		};
	}

	/**
	 * Whether S3Mock can hold this key as S3 would. Its servlet container turns a backslash into
	 * a slash and removes "." and ".." segments and empty ones, so such a key could name another
	 * object there; in S3 it is just an object that does not exist.
	 */
	private static boolean isAddressable(String key) {
		if (key.indexOf('\\') >= 0) {
			return false;
		}
		for (String segment : key.split("/", -1)) {
			if (segment.equals(".") || segment.equals("..")) {
				return false;
			}
		}
		return !key.contains("//");
	}

	/**
	 * Reads S3's (small) XML error body to learn its code: a bucket that does not exist is
	 * NoSuchBucket whatever the role may list. The body is kept for the client.
	 */
	private static IntegrationResult withErrorCode(IntegrationResult result) throws IOException {
		if (result.errorCode() != null) {
			return result;
		}
		byte[] body;
		try (InputStream in = result.body()) {
			body = in.readNBytes(64 * 1024);
		}
		Matcher code = ERROR_CODE.matcher(new String(body, StandardCharsets.UTF_8));
		return new IntegrationResult(result.status(), result.headers(), new ByteArrayInputStream(body),
				code.find() ? code.group(1) : null);
	}

	/** A plain loop, not a stream: this runs on every request. The first spelling of a name wins. */
	private static Map<String, List<String>> headers(HttpHeaders headers) {
		Map<String, List<String>> byName = new HashMap<>();
		headers.map().forEach((name, values) -> byName.putIfAbsent(name.toLowerCase(Locale.ROOT), values));
		return byName;
	}

	/** The client's request body for PUT: streamed, with its length when it has one. */
	record BodySource(InputStream stream, long length, String contentType) {

		HttpRequest.BodyPublisher publisher() {
			HttpRequest.BodyPublisher streaming = HttpRequest.BodyPublishers.ofInputStream(() -> stream);
			return (length >= 0) ? HttpRequest.BodyPublishers.fromPublisher(streaming, length) : streaming;
		}

	}

	/**
	 * What S3 answered: status, headers by lower-cased name, and the body as a stream (to be
	 * closed by whoever consumes it).
	 */
	record IntegrationResult(int status, Map<String, List<String>> headers, InputStream body, String errorCode)
			implements AutoCloseable {

		IntegrationResult(int status, Map<String, List<String>> headers, InputStream body) {
			this(status, headers, body, null);
		}

		/** An error as S3 itself writes it (XML; no body for HEAD). */
		static IntegrationResult s3Error(int status, String code, String message, String method) {
			String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
			byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
					+ message + "</Message><RequestId>" + requestId + "</RequestId></Error>")
				.getBytes(StandardCharsets.UTF_8);
			boolean head = "HEAD".equals(method);
			return new IntegrationResult(status,
					Map.of("content-type", List.of("application/xml"), "x-amz-request-id", List.of(requestId),
							"content-length", List.of(String.valueOf(head ? 0 : xml.length))),
					new ByteArrayInputStream(head ? new byte[0] : xml), code);
		}

		String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return (values != null && !values.isEmpty()) ? values.get(0) : null;
		}

		@Override
		public void close() {
			try {
				body.close();
			}
			catch (IOException ex) {
				// Nothing more to read; the connection is the client's to recycle.
			}
		}

	}

}

package dev.imagegate.localcloud.executeapi;

import dev.imagegate.localcloud.apigateway.SeedApi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Set-up through the real SDK clients (bucket, role, the seed's API) and calls through a
 * plain HTTP client, for the execute-api tests. Every name is unique: the tests share one
 * local cloud.
 */
record ExecuteApiFixture(S3Client s3, IamClient iam, ApiGatewayClient apigw, URI endpoint) {

	static final String TRUST_API_GATEWAY = """
			{"Version":"2012-10-17","Statement":[{"Sid":"","Effect":"Allow",\
			"Principal":{"Service":"apigateway.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

	/**
	 * An inline policy allowing every S3 action, as LocalStack's recorded S3 integration
	 * tests give their role.
	 */
	static final String S3_ALL = """
			{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""";

	static final String S3_READ_ONLY = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A 256-byte body holding every byte value: any text conversion would change it. */
	static byte[] allBytes() {
		byte[] bytes = new byte[256 * 40];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 7);
		}
		return bytes;
	}

	String bucket(String prefix) {
		String bucket = unique(prefix);
		s3.createBucket((b) -> b.bucket(bucket));
		return bucket;
	}

	void put(String bucket, String key, byte[] bytes, String contentType) {
		s3.putObject((p) -> p.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
	}

	/**
	 * A role with this trust policy, optionally an inline policy and
	 * AmazonS3ReadOnlyAccess; returns its ARN.
	 */
	String role(String trust, String inlinePolicy, boolean s3ReadOnly) {
		String name = unique("role");
		String arn = iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(trust)).role().arn();
		if (inlinePolicy != null) {
			iam.putRolePolicy((p) -> p.roleName(name).policyName("inline").policyDocument(inlinePolicy));
		}
		if (s3ReadOnly) {
			iam.attachRolePolicy((a) -> a.roleName(name).policyArn(S3_READ_ONLY));
		}
		return arn;
	}

	/**
	 * The seed's steps 3-10 for a bucket and role: GET /s3 with a required {@code image}
	 * query parameter mapped into {@code {bucket}/images/{image}}, Accept
	 * {@code '*}{@code /*'}, integration response {@code 2\d{2}} with Content-Type
	 * {@code '*}{@code /*'}, binary {@code *}{@code /*}.
	 */
	Api seedApi(String bucket, String roleArn) {
		SeedApi seed = SeedApi.create(apigw, unique("exec-seed"), bucket, roleArn);
		return new Api(seed.apiId(), seed.rootId(), seed.resourceId());
	}

	void deploy(String apiId, String stage) {
		apigw.createDeployment((b) -> b.restApiId(apiId).stageName(stage));
	}

	/** {@code {endpoint}/_aws/execute-api/{api}/{stage}{pathAndQuery}}. */
	String url(String apiId, String stage, String pathAndQuery) {
		return endpoint + "/_aws/execute-api/" + apiId + "/" + stage + pathAndQuery;
	}

	HttpResponse<byte[]> get(String url, String... headers) {
		return send("GET", url, headers);
	}

	HttpResponse<byte[]> send(String method, String url, String... headers) {
		return send(method, url, HttpRequest.BodyPublishers.noBody(), headers);
	}

	HttpResponse<byte[]> send(String method, String url, HttpRequest.BodyPublisher body, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		try {
			return HTTP.send(builder.method(method, body).build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A GET with this Host header over a plain socket to the local cloud (the JDK client
	 * will not set Host, and {@code *.execute-api.localhost} need not resolve). Returns
	 * status and body.
	 */
	RawResponse getWithHost(String host, String pathAndQuery, String accept) {
		return raw("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept
				+ "\r\nConnection: close\r\n\r\n");
	}

	/**
	 * Sends this request head as it is and reads the answer until the server closes the
	 * connection.
	 */
	RawResponse raw(String request) {
		try (java.net.Socket socket = new java.net.Socket(endpoint.getHost(), endpoint.getPort())) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			if (request.contains("Content-Length")) {
				// The declared body never comes: the server sees its end rather than
				// waiting for it.
				socket.shutdownOutput();
			}
			byte[] all = socket.getInputStream().readAllBytes();
			int end = 0;
			while (!(all[end] == '\r' && all[end + 1] == '\n' && all[end + 2] == '\r' && all[end + 3] == '\n')) {
				end++;
			}
			String head = new String(all, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
			int status = Integer.parseInt(head.substring(9, 12));
			return new RawResponse(status, head, java.util.Arrays.copyOfRange(all, end + 4, all.length));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record RawResponse(int status, String head, byte[] body) {
	}

	static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
	}

	record Api(String id, String rootId, String resourceId) {
	}

}

package dev.imagegate.localcloud.executeapi;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.localcloud.executeapi.IntegrationRequestMapper.S3Request;
import dev.imagegate.localcloud.s3.S3Answer;
import dev.imagegate.localcloud.s3.S3Call;
import dev.imagegate.localcloud.s3.S3Dispatcher;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.FaultInjector;

/**
 * The integration stage: S3 called as the role, in process. The role's policies decide what S3
 * answers, as real S3 would: no {@code s3:GetObject} on the object is S3's 403 AccessDenied,
 * and a missing key is 404 NoSuchKey only if the role may {@code s3:ListBucket} the bucket
 * (for that key as {@code s3:prefix}), else 403 too. S3Mock itself knows nothing of IAM, so
 * these checks are made here, before and after calling it.
 */
final class S3Integration {

	/** Headers API Gateway would not send on to an AWS service: they belong to the client's connection. */
	private static final Set<String> NOT_SENT = Set.of("host", "content-length", "connection", "expect", "upgrade",
			"transfer-encoding", "te", "trailer", "keep-alive", "http2-settings");

	private final S3Dispatcher s3;

	private final FaultInjector faults;

	S3Integration(S3Dispatcher s3, FaultInjector faults) {
		this.s3 = s3;
		this.faults = faults;
	}

	/** The body sent on with a PUT or POST, and its length (-1 when unknown). */
	record Body(InputStream stream, long length) {
	}

	static boolean sendsBody(String method) {
		return "PUT".equals(method) || "POST".equals(method);
	}

	S3Answer call(S3Request request, IntegrationRole role, HttpServletRequest client, Body body, boolean headOnly) {
		String method = headOnly && "GET".equals(request.httpMethod()) ? "HEAD" : request.httpMethod();
		boolean head = "HEAD".equals(method);
		String bucketArn = "arn:aws:s3:::" + request.bucket();
		if (!role.may(action(method, request.key()), request.key().isEmpty() ? bucketArn : bucketArn + "/" + request.key(),
				Map.of())) {
			return S3Answer.error(403, "AccessDenied", "Access Denied", head);
		}
		try {
			faults.check("S3:" + method);
		}
		catch (CloudException ex) {
			return S3Answer.error(ex.status(), ex.code(), ex.getMessage(), head);
		}
		S3Answer answer = s3.call(client, s3Call(method, request, client, body));
		if (answer.status() == 404 && !request.key().isEmpty() && !"NoSuchBucket".equals(answer.errorCode())
				&& !role.may("s3:ListBucket", bucketArn, Map.of("s3:prefix", request.key()))) {
			return S3Answer.error(403, "AccessDenied", "Access Denied", head);
		}
		return answer;
	}

	private static S3Call s3Call(String method, S3Request request, HttpServletRequest client, Body body) {
		Map<String, String> headers = new LinkedHashMap<>();
		request.headers().forEach((name, value) -> {
			if (!NOT_SENT.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, value);
			}
		});
		boolean sendsBody = sendsBody(method);
		if (sendsBody && client.getContentType() != null
				&& headers.keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
			headers.put("Content-Type", client.getContentType());
		}
		return new S3Call(method, request.bucket(), request.key(), request.query(), headers,
				sendsBody ? body.stream() : null, sendsBody ? body.length() : 0);
	}

	static String action(String method, String key) {
		boolean bucket = key.isEmpty();
		return switch (method) {
			case "PUT" -> bucket ? "s3:CreateBucket" : "s3:PutObject";
			case "DELETE" -> bucket ? "s3:DeleteBucket" : "s3:DeleteObject";
			default -> bucket ? "s3:ListBucket" : "s3:GetObject";
		};
	}

}

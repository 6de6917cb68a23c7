package dev.imagegate.localcloud.executeapi;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import dev.imagegate.localcloud.executeapi.IntegrationRequestMapper.S3Request;
import dev.imagegate.localcloud.iam.RolePermissions;
import dev.imagegate.localcloud.s3.S3Answer;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.FaultInjector;

/**
 * The integration stage: S3 called as the role, in process. The role's policies decide
 * what S3 answers, as real S3 would: no {@code s3:GetObject} on the object is S3's 403
 * AccessDenied, and a missing key is 404 NoSuchKey only if the role may
 * {@code s3:ListBucket} the bucket (for that key as {@code s3:prefix}), else 403 too.
 * S3Mock itself knows nothing of IAM, so these checks are made here, before and after
 * calling it; an injected S3 fault answers instead of S3. Building and sending the S3
 * request is {@link S3Access}'s job; every error here is S3's own XML, written by
 * {@link S3Answer#error}.
 */
final class S3Integration {

	private final S3Access s3;

	private final FaultInjector faults;

	S3Integration(S3Access s3, FaultInjector faults) {
		this.s3 = s3;
		this.faults = faults;
	}

	S3Answer call(S3Request request, RolePermissions role, HttpServletRequest client, S3Access.Body body,
			boolean headOnly) {
		String method = headOnly && "GET".equals(request.httpMethod()) ? "HEAD" : request.httpMethod();
		boolean head = "HEAD".equals(method);
		String bucketArn = "arn:aws:s3:::" + request.bucket();
		if (!role.may(action(method, request.key()),
				request.key().isEmpty() ? bucketArn : bucketArn + "/" + request.key(), Map.of())) {
			return S3Answer.error(403, "AccessDenied", "Access Denied", head);
		}
		try {
			faults.check("S3:" + method);
		}
		catch (CloudException ex) {
			return S3Answer.error(ex.status(), ex.code(), ex.getMessage(), head);
		}
		S3Answer answer = s3.forward(method, request, client, body);
		if (answer.status() == 404 && !request.key().isEmpty() && !"NoSuchBucket".equals(answer.errorCode())
				&& !role.may("s3:ListBucket", bucketArn, Map.of("s3:prefix", request.key()))) {
			return S3Answer.error(403, "AccessDenied", "Access Denied", head);
		}
		return answer;
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

package dev.imagegate;

import java.util.List;
import java.util.stream.Stream;

import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the cloud holds, for "nothing changed" assertions: every bucket with its keys,
 * every REST API with its resources, every role with its inline policies. Tests get a
 * {@link Taker} bean.
 */
public record CloudSnapshot(List<String> objects, List<String> apis, List<String> roles) {

	/** Takes snapshots with the portal's own clients. */
	public record Taker(S3Client s3, ApiGatewayClient apiGateway, IamClient iam) {

		public CloudSnapshot take() {
			return CloudSnapshot.take(s3, apiGateway, iam);
		}

	}

	public static CloudSnapshot take(S3Client s3, ApiGatewayClient apiGateway, IamClient iam) {
		List<String> objects = s3.listBuckets()
			.buckets()
			.stream()
			.flatMap((bucket) -> Stream.concat(Stream.of(bucket.name() + "/"),
					s3.listObjectsV2Paginator((list) -> list.bucket(bucket.name()))
						.contents()
						.stream()
						.map((object) -> bucket.name() + "/" + object.key() + " " + object.eTag())))
			.sorted()
			.toList();
		List<String> apis = apiGateway.getRestApisPaginator((get) -> get.limit(500))
			.items()
			.stream()
			.flatMap((api) -> Stream.concat(Stream.of(api.id() + " " + api.name() + " " + api.tags()),
					apiGateway.getResourcesPaginator((get) -> get.restApiId(api.id()).limit(500))
						.items()
						.stream()
						.map((resource) -> api.id() + " " + resource.path())))
			.sorted()
			.toList();
		List<String> roles = iam.listRolesPaginator()
			.roles()
			.stream()
			.flatMap((role) -> Stream.concat(Stream.of(role.roleName()),
					iam.listRolePoliciesPaginator((list) -> list.roleName(role.roleName()))
						.policyNames()
						.stream()
						.map((policy) -> role.roleName() + " " + policy)))
			.sorted()
			.toList();
		return new CloudSnapshot(objects, apis, roles);
	}

}

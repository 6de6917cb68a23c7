package dev.imagegate;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;

import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the cloud holds, for "nothing changed" assertions: every bucket with its keys,
 * every REST API with its resources, every role with its inline policies. Tests get a
 * {@link Taker} bean. The shared local cloud fills up as the suite runs, so the listings
 * are made concurrently (one call per bucket, API and role; the SDK clients are
 * thread-safe).
 */
public record CloudSnapshot(List<String> objects, List<String> apis, List<String> roles) {

	private static final ExecutorService LISTINGS = Executors.newFixedThreadPool(8, (task) -> {
		Thread thread = new Thread(task, "cloud-snapshot");
		thread.setDaemon(true);
		return thread;
	});

	/** Takes snapshots with the portal's own clients. */
	public record Taker(S3Client s3, ApiGatewayClient apiGateway, IamClient iam) {

		public CloudSnapshot take() {
			return CloudSnapshot.take(s3, apiGateway, iam);
		}

		/**
		 * The names only (every bucket, every REST API with its tags, every role), and
		 * the keys of the buckets given. It shows a thing created, deleted or retagged,
		 * not a change inside one it does not list in full: for the many cases of a
		 * class, take it per case and {@link #take()} around the class.
		 */
		public CloudSnapshot names(String... buckets) {
			List<String> objects = Stream
				.concat(s3.listBuckets().buckets().stream().map((bucket) -> bucket.name() + "/"),
						Stream.of(buckets).flatMap((bucket) -> keys(s3, bucket)))
				.sorted()
				.toList();
			return new CloudSnapshot(objects,
					apiGateway.getRestApisPaginator((get) -> get.limit(500))
						.items()
						.stream()
						.map((api) -> api.id() + " " + api.name() + " " + api.tags())
						.sorted()
						.toList(),
					iam.listRolesPaginator().roles().stream().map((role) -> role.roleName()).sorted().toList());
		}

	}

	public static CloudSnapshot take(S3Client s3, ApiGatewayClient apiGateway, IamClient iam) {
		CompletableFuture<List<String>> objects = each(s3.listBuckets().buckets(),
				(bucket) -> Stream.concat(Stream.of(bucket.name() + "/"), keys(s3, bucket.name())));
		CompletableFuture<List<String>> apis = each(
				apiGateway.getRestApisPaginator((get) -> get.limit(500)).items().stream().toList(),
				(api) -> Stream.concat(Stream.of(api.id() + " " + api.name() + " " + api.tags()),
						apiGateway.getResourcesPaginator((get) -> get.restApiId(api.id()).limit(500))
							.items()
							.stream()
							.map((resource) -> api.id() + " " + resource.path())));
		CompletableFuture<List<String>> roles = each(iam.listRolesPaginator().roles().stream().toList(),
				(role) -> Stream.concat(Stream.of(role.roleName()),
						iam.listRolePoliciesPaginator((list) -> list.roleName(role.roleName()))
							.policyNames()
							.stream()
							.map((policy) -> role.roleName() + " " + policy)));
		return new CloudSnapshot(objects.join(), apis.join(), roles.join());
	}

	/** "bucket/key etag" of every object in the bucket. */
	private static Stream<String> keys(S3Client s3, String bucket) {
		return s3.listObjectsV2Paginator((list) -> list.bucket(bucket))
			.contents()
			.stream()
			.map((object) -> bucket + "/" + object.key() + " " + object.eTag());
	}

	/** Each item's lines, listed concurrently, all of them sorted. */
	private static <T> CompletableFuture<List<String>> each(List<T> items, Function<T, Stream<String>> lines) {
		List<CompletableFuture<List<String>>> listed = items.stream()
			.map((item) -> CompletableFuture.supplyAsync(() -> lines.apply(item).toList(), LISTINGS))
			.toList();
		return CompletableFuture.allOf(listed.toArray(CompletableFuture[]::new))
			.thenApply((done) -> listed.stream().flatMap((list) -> list.join().stream()).sorted().toList());
	}

}

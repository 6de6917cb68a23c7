package dev.imagegate.buckets;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.imagegate.cloud.AwsClients;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

import org.springframework.stereotype.Service;

/** Buckets of the connected cloud, through the real S3 client. */
@Service
public class BucketService {

	private static final PublicAccessBlockConfiguration ALL_BLOCKED = PublicAccessBlockConfiguration.builder()
		.blockPublicAcls(true)
		.ignorePublicAcls(true)
		.blockPublicPolicy(true)
		.restrictPublicBuckets(true)
		.build();

	/**
	 * The tag on what imagegate creates, buckets included: only such a bucket may be
	 * deleted here.
	 */
	public static final String TAG_MANAGED = "imagegate:managed";

	private final AwsClients clients;

	public BucketService(AwsClients clients) {
		this.clients = clients;
	}

	/** Every bucket, following S3's pagination. */
	public List<BucketSummary> listBuckets() {
		return clients.s3()
			.listBucketsPaginator((request) -> request.maxBuckets(1000))
			.buckets()
			.stream()
			.map((bucket) -> new BucketSummary(bucket.name(), bucket.creationDate()))
			.toList();
	}

	/**
	 * One page of buckets; {@code token} is the previous page's continuation token, or
	 * null.
	 */
	public BucketPage page(String token, int size) {
		ListBucketsResponse response = clients.s3()
			.listBuckets((request) -> request.maxBuckets(size).continuationToken(token));
		List<BucketSummary> buckets = response.buckets()
			.stream()
			.map((bucket) -> new BucketSummary(bucket.name(), bucket.creationDate()))
			.toList();
		return new BucketPage(buckets, response.continuationToken());
	}

	/** Whether all four Block Public Access settings are on. */
	public boolean isPrivate(String bucket) {
		return privacy(bucket) == Privacy.PRIVATE;
	}

	/** Whether the bucket exists and is private: one call answers both. */
	public Privacy privacy(String bucket) {
		try {
			return ALL_BLOCKED
				.equals(clients.s3().getPublicAccessBlock((g) -> g.bucket(bucket)).publicAccessBlockConfiguration())
						? Privacy.PRIVATE : Privacy.NOT_PRIVATE;
		}
		catch (S3Exception ex) {
			String code = (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorCode() : null;
			if ("NoSuchBucket".equals(code)) {
				return Privacy.MISSING;
			}
			if ("NoSuchPublicAccessBlockConfiguration".equals(code)) {
				return Privacy.NOT_PRIVATE;
			}
			throw ex;
		}
	}

	/** Turns all four Block Public Access settings on. */
	public void makePrivate(String bucket) {
		clients.s3().putPublicAccessBlock((p) -> p.bucket(bucket).publicAccessBlockConfiguration(ALL_BLOCKED));
	}

	/**
	 * Creates a private bucket, tagged as imagegate's so that it can be deleted here once
	 * empty; {@code region} blank means the client's region. A bucket the account already
	 * has is refused as {@code BucketAlreadyOwnedByYou} here, since S3 in us-east-1
	 * answers 200 to creating it again, and it must not be taken for a new one (nor
	 * tagged as imagegate's).
	 */
	public void create(String bucket, String region) {
		if (exists(bucket)) {
			throw (S3Exception) BucketAlreadyOwnedByYouException.builder()
				.statusCode(409)
				.message("You already have a bucket named " + bucket + ".")
				.awsErrorDetails(AwsErrorDetails.builder()
					.errorCode("BucketAlreadyOwnedByYou")
					.errorMessage("You already have a bucket named " + bucket + ".")
					.serviceName("S3")
					.build())
				.build();
		}
		createBucket(bucket, region);
		makePrivate(bucket);
		tag(bucket, Map.of(TAG_MANAGED, "true"));
	}

	/**
	 * Why the bucket may not be deleted here, or null: only an empty bucket imagegate
	 * created may.
	 */
	public String deletionProblem(String bucket) {
		Map<String, String> tags;
		try {
			tags = clients.s3()
				.getBucketTagging((g) -> g.bucket(bucket))
				.tagSet()
				.stream()
				.collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> a));
		}
		catch (S3Exception ex) {
			if (!"NoSuchTagSet".equals(ex.awsErrorDetails().errorCode())) {
				throw ex;
			}
			tags = Map.of();
		}
		if (!"true".equals(tags.get(TAG_MANAGED))) {
			return "imagegate did not create " + bucket + " (it has no " + TAG_MANAGED
					+ " tag), so it leaves it to you: delete it in the S3 console or with the AWS CLI if you mean to";
		}
		if (!clients.s3().listObjectsV2((l) -> l.bucket(bucket).maxKeys(1)).contents().isEmpty()) {
			return bucket + " still holds objects: delete its images first";
		}
		return null;
	}

	/** Deletes an empty bucket imagegate created; refuses any other with the reason. */
	public void deleteEmpty(String bucket) {
		String problem = deletionProblem(bucket);
		if (problem != null) {
			throw new BucketNotDeletableException(problem);
		}
		clients.s3().deleteBucket((d) -> d.bucket(bucket));
	}

	/**
	 * CreateBucket alone; {@code region} blank means the client's. Outside us-east-1 S3
	 * needs the region as a location constraint (else
	 * IllegalLocationConstraintException); in us-east-1 it refuses one.
	 */
	public void createBucket(String bucket, String region) {
		String target = (region == null || region.isBlank()) ? clientRegion() : region;
		clients.s3().createBucket((b) -> {
			b.bucket(bucket);
			if (target != null && !target.equals("us-east-1")) {
				b.createBucketConfiguration((c) -> c.locationConstraint(BucketLocationConstraint.fromValue(target)));
			}
		});
	}

	/**
	 * Whether the account can see the bucket: HeadBucket answers 200 (404 when missing,
	 * 403 when another's).
	 */
	private boolean exists(String bucket) {
		try {
			clients.s3().headBucket((h) -> h.bucket(bucket));
			return true;
		}
		catch (S3Exception ex) {
			return false;
		}
	}

	private String clientRegion() {
		Region region = clients.s3().serviceClientConfiguration().region();
		return (region != null) ? region.id() : null;
	}

	/** Replaces the bucket's tags. */
	public void tag(String bucket, Map<String, String> tags) {
		List<Tag> tagSet = tags.entrySet()
			.stream()
			.map((e) -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
			.toList();
		clients.s3().putBucketTagging((p) -> p.bucket(bucket).tagging((t) -> t.tagSet(tagSet)));
	}

	public enum Privacy {

		PRIVATE, NOT_PRIVATE, MISSING

	}

	/** A page of buckets and the token of the next one (null on the last page). */
	public record BucketPage(List<BucketSummary> buckets, String nextToken) {
	}

}

package dev.imagegate.proxyapi.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.imagegate.buckets.BucketService;
import dev.imagegate.buckets.BucketService.Privacy;

/**
 * The tutorial's step 2: the bucket exists and is private (all four Block Public Access
 * settings on).
 */
public class BucketStep implements ProvisioningStep {

	private final BucketService buckets;

	public BucketStep(BucketService buckets) {
		this.buckets = buckets;
	}

	@Override
	public String name() {
		return "bucket";
	}

	@Override
	public String title() {
		return "Private S3 bucket";
	}

	@Override
	public List<Change> changes(ProvisioningContext context) {
		String bucket = context.spec().bucket();
		context.id("bucket", bucket);
		List<Change> changes = new ArrayList<>();
		Privacy privacy = buckets.privacy(bucket);
		if (privacy == Privacy.MISSING) {
			if (!context.spec().createBucket()) {
				throw new StepFailure("NoSuchBucket", "The bucket " + bucket
						+ " does not exist. Choose an existing bucket, or ask imagegate to create it (the form's "
						+ "\"Create it if it does not exist\" box; \"createBucket\": true in the JSON API).");
			}
			String region = context.spec().region().isEmpty() ? context.design().region() : context.spec().region();
			changes.add(new Change("CreateBucket", Cli.of("s3api", "create-bucket").arg("--bucket", bucket).toString()
					+ (region.equals("us-east-1") ? "" : " --create-bucket-configuration LocationConstraint=" + region),
					() -> buckets.createBucket(bucket, region)));
			changes.add(blockPublicAccess(bucket));
			changes.add(tagBucket(context));
		}
		else if (privacy == Privacy.NOT_PRIVATE) {
			changes.add(blockPublicAccess(bucket));
		}
		return changes;
	}

	/** Only a bucket imagegate creates is tagged; an existing one is the user's. */
	private Change tagBucket(ProvisioningContext context) {
		String bucket = context.spec().bucket();
		var tags = context.design().bucketTags();
		return new Change("PutBucketTagging",
				Cli.of("s3api", "put-bucket-tagging")
					.arg("--bucket", bucket)
					.arg("--tagging",
							tags.entrySet()
								.stream()
								.map((t) -> "{Key=" + t.getKey() + ",Value=" + t.getValue() + "}")
								.collect(Collectors.joining(",", "TagSet=[", "]")))
					.toString(),
				() -> buckets.tag(bucket, tags));
	}

	private Change blockPublicAccess(String bucket) {
		return new Change("PutPublicAccessBlock", Cli.of("s3api", "put-public-access-block")
			.arg("--bucket", bucket)
			.arg("--public-access-block-configuration",
					"BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true")
			.toString(), () -> buckets.makePrivate(bucket));
	}

}

package dev.imagegate.proxyapi.steps;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/** Step 1: the bucket exists and is private (all four Block Public Access settings on). */
public class BucketStep implements ProvisioningStep {

	private static final PublicAccessBlockConfiguration ALL_BLOCKED = PublicAccessBlockConfiguration.builder()
		.blockPublicAcls(true)
		.ignorePublicAcls(true)
		.blockPublicPolicy(true)
		.restrictPublicBuckets(true)
		.build();

	private final S3Client s3;

	public BucketStep(S3Client s3) {
		this.s3 = s3;
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
		Boolean isPrivate = privacy(bucket);
		if (isPrivate == null) {
			if (!context.spec().createBucket()) {
				throw new StepFailure("NoSuchBucket", "The bucket " + bucket
						+ " does not exist. Choose an existing bucket, or ask imagegate to create it.");
			}
			String region = context.spec().region().isEmpty() ? context.design().region() : context.spec().region();
			changes.add(new Change("CreateBucket",
					Cli.of("s3api", "create-bucket").arg("--bucket", bucket).toString()
							+ (region.equals("us-east-1") ? ""
									: " --create-bucket-configuration LocationConstraint=" + region),
					() -> s3.createBucket((b) -> {
						b.bucket(bucket);
						if (!region.equals("us-east-1")) {
							b.createBucketConfiguration((c) -> c.locationConstraint(BucketLocationConstraint.fromValue(region)));
						}
					})));
			changes.add(blockPublicAccess(bucket));
			changes.add(tagBucket(context));
		}
		else if (!isPrivate) {
			changes.add(blockPublicAccess(bucket));
		}
		return changes;
	}

	/**
	 * Whether all four settings are on, or null when the bucket does not exist: one call
	 * answers both questions.
	 */
	private Boolean privacy(String bucket) {
		try {
			return ALL_BLOCKED.equals(s3.getPublicAccessBlock((g) -> g.bucket(bucket)).publicAccessBlockConfiguration());
		}
		catch (NoSuchBucketException ex) {
			return null;
		}
		catch (S3Exception ex) {
			String code = (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorCode() : null;
			if ("NoSuchBucket".equals(code)) {
				return null;
			}
			if ("NoSuchPublicAccessBlockConfiguration".equals(code)) {
				return false;
			}
			throw ex;
		}
	}

	/** Only a bucket imagegate creates is tagged; an existing one is the user's. */
	private Change tagBucket(ProvisioningContext context) {
		String bucket = context.spec().bucket();
		List<Tag> tags = context.design()
			.bucketTags()
			.entrySet()
			.stream()
			.map((e) -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
			.toList();
		return new Change("PutBucketTagging",
				Cli.of("s3api", "put-bucket-tagging")
					.arg("--bucket", bucket)
					.arg("--tagging", "TagSet=[" + String.join(",",
							tags.stream().map((t) -> "{Key=" + t.key() + ",Value=" + t.value() + "}").toList()) + "]")
					.toString(),
				() -> s3.putBucketTagging((p) -> p.bucket(bucket).tagging((t) -> t.tagSet(tags))));
	}

	private Change blockPublicAccess(String bucket) {
		return new Change("PutPublicAccessBlock", Cli.of("s3api", "put-public-access-block")
			.arg("--bucket", bucket)
			.arg("--public-access-block-configuration",
					"BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true")
			.toString(), () -> s3.putPublicAccessBlock((p) -> p.bucket(bucket).publicAccessBlockConfiguration(ALL_BLOCKED)));
	}

}

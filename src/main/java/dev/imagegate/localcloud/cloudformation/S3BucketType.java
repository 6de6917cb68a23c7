package dev.imagegate.localcloud.cloudformation;

import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * {@code AWS::S3::Bucket}: BucketName, PublicAccessBlockConfiguration, Tags. Ref is the
 * bucket's name.
 */
final class S3BucketType implements ResourceType {

	private final CloudClients clients;

	S3BucketType(CloudClients clients) {
		this.clients = clients;
	}

	@Override
	public String type() {
		return "AWS::S3::Bucket";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("Arn", "DomainName", "RegionalDomainName", "DualStackDomainName", "WebsiteURL");
	}

	@Override
	public Provisioned create(ResourceContext context, Properties properties) {
		String name = properties.string("BucketName");
		String bucket = (name != null) ? name : context.generatedName(63, true);
		S3Client s3 = clients.s3();
		s3.createBucket((b) -> {
			b.bucket(bucket);
			if (!"us-east-1".equals(context.region())) {
				b.createBucketConfiguration(
						(c) -> c.locationConstraint(BucketLocationConstraint.fromValue(context.region())));
			}
		});
		try {
			applySettings(bucket, properties, null);
		}
		catch (RuntimeException ex) {
			// A bucket whose settings failed is not left behind: the stack never recorded
			// it.
			s3.deleteBucket((b) -> b.bucket(bucket));
			throw ex;
		}
		return provisioned(bucket, context.region());
	}

	@Override
	public String customName(Properties properties) {
		return properties.string("BucketName");
	}

	@Override
	public boolean needsReplacement(Properties old, Properties properties) {
		return properties.differs(old, "BucketName");
	}

	@Override
	public Provisioned update(ResourceContext context, StackState.Resource current, Properties properties) {
		applySettings(current.physicalId, properties, new Properties(current.properties));
		return provisioned(current.physicalId, context.region());
	}

	@Override
	public void delete(StackState.Resource resource) {
		clients.s3().deleteBucket((b) -> b.bucket(resource.physicalId));
	}

	/** Sets what differs from {@code old} (everything given when old is null). */
	private void applySettings(String bucket, Properties properties, Properties old) {
		S3Client s3 = clients.s3();
		if (old == null || properties.differs(old, "PublicAccessBlockConfiguration")) {
			Properties block = properties.object("PublicAccessBlockConfiguration");
			if (block != null) {
				s3.putPublicAccessBlock((p) -> p.bucket(bucket)
					.publicAccessBlockConfiguration(PublicAccessBlockConfiguration.builder()
						.blockPublicAcls(block.bool("BlockPublicAcls"))
						.ignorePublicAcls(block.bool("IgnorePublicAcls"))
						.blockPublicPolicy(block.bool("BlockPublicPolicy"))
						.restrictPublicBuckets(block.bool("RestrictPublicBuckets"))
						.build()));
			}
			else if (old != null) {
				s3.deletePublicAccessBlock((d) -> d.bucket(bucket));
			}
		}
		if (old == null || properties.differs(old, "Tags")) {
			Map<String, String> tags = properties.tags();
			if (!tags.isEmpty()) {
				s3.putBucketTagging((t) -> t.bucket(bucket)
					.tagging((g) -> g.tagSet(tags.entrySet()
						.stream()
						.map((e) -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
						.toList())));
			}
			else if (old != null) {
				s3.deleteBucketTagging((d) -> d.bucket(bucket));
			}
		}
	}

	private static Provisioned provisioned(String bucket, String region) {
		return new Provisioned(bucket,
				Map.of("Arn", "arn:aws:s3:::" + bucket, "DomainName", bucket + ".s3.amazonaws.com",
						"RegionalDomainName", bucket + ".s3." + region + ".amazonaws.com", "DualStackDomainName",
						bucket + ".s3.dualstack." + region + ".amazonaws.com", "WebsiteURL",
						"http://" + bucket + ".s3-website-" + region + ".amazonaws.com"));
	}

}

package dev.imagegate.buckets;

import java.util.List;

import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.stereotype.Service;

/** Buckets of the connected cloud, through the real S3 client. */
@Service
public class BucketService {

	private final S3Client s3;

	public BucketService(S3Client s3) {
		this.s3 = s3;
	}

	/** Every bucket, following S3's pagination. */
	public List<BucketSummary> listBuckets() {
		return s3.listBucketsPaginator((request) -> request.maxBuckets(1000))
			.buckets()
			.stream()
			.map((bucket) -> new BucketSummary(bucket.name(), bucket.creationDate()))
			.toList();
	}

}

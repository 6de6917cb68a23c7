package dev.imagegate.buckets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The "create a bucket" form. */
public record NewBucketForm(@NotBlank(message = "is required") @BucketName String name,
		@Pattern(regexp = "|[a-z]{2}(-[a-z]+)+-\\d",
				message = "must be an AWS region such as eu-west-1") String region) {
}

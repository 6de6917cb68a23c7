package dev.imagegate.buckets;

import java.time.Instant;

/** A bucket as the pages list it. */
public record BucketSummary(String name, Instant created) {
}

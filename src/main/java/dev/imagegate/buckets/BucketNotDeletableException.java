package dev.imagegate.buckets;

/**
 * A bucket imagegate will not delete: one it did not create, or one that is not empty.
 */
public class BucketNotDeletableException extends RuntimeException {

	BucketNotDeletableException(String message) {
		super(message);
	}

}

package dev.imagegate.localcloud.iam;

/** A role tag. IAM compares tag keys without regard to case. */
public record Tag(String key, String value) {

}

package dev.imagegate.cloud;

/**
 * Who the portal acts as: the account it is about to change, and its own identity there.
 *
 * @param accountId the 12-digit AWS account id
 * @param arn the caller's ARN (a user, an assumed role, or the account's root)
 */
public record CallerIdentity(String accountId, String arn) {
}

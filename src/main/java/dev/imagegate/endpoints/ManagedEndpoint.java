package dev.imagegate.endpoints;

import java.time.Instant;

/**
 * A proxy API imagegate manages, as discovered from AWS by its tags.
 *
 * @param apiId the REST API's id
 * @param name its name
 * @param bucket the bucket it serves
 * @param prefix the key prefix it serves
 * @param stage the stage it is deployed to
 * @param resource its resource path part
 * @param queryParameter the query parameter carrying the key
 * @param roleName the IAM role it uses
 * @param invokeUrl the invoke URL with {@code {key}} where the image key goes
 * @param created when the API was created
 * @param problem why imagegate cannot manage it (its tags hold what imagegate never
 * writes), or null; such an endpoint has no invoke URL and can only be deleted
 */
public record ManagedEndpoint(String apiId, String name, String bucket, String prefix, String stage, String resource,
		String queryParameter, String roleName, String invokeUrl, Instant created, String problem) {

	public boolean manageable() {
		return problem == null;
	}

}

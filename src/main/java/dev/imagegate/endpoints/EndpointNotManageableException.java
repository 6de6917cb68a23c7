package dev.imagegate.endpoints;

/**
 * An endpoint whose tags imagegate cannot trust: it can be listed and deleted, not
 * changed.
 */
public class EndpointNotManageableException extends RuntimeException {

	public EndpointNotManageableException(String apiId, String problem) {
		super("The endpoint " + apiId + " is " + problem + ". It can be deleted, not changed.");
	}

}

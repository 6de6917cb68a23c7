package dev.imagegate.endpoints;

/** No REST API with this id, or one that imagegate does not manage. */
public class EndpointNotFoundException extends RuntimeException {

	public EndpointNotFoundException(String apiId) {
		super("No imagegate endpoint with API id " + apiId);
	}

}

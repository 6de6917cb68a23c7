package dev.imagegate.endpoints;

/** A spec for a new endpoint under the name of an existing one that it would change. */
class EndpointNameTakenException extends RuntimeException {

	EndpointNameTakenException(ManagedEndpoint existing) {
		super("An endpoint named " + existing.name() + " already exists (" + existing.apiId() + ", serving s3://"
				+ existing.bucket() + "/" + existing.prefix() + ") and this spec would change it: send it with "
				+ "?update=true to change that endpoint, or choose another apiName.");
	}

}

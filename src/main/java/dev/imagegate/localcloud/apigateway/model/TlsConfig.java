package dev.imagegate.localcloud.apigateway.model;

/** How an HTTP integration checks its back end's certificate. */
public class TlsConfig {

	public Boolean insecureSkipVerification;

}

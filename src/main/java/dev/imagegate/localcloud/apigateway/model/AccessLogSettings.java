package dev.imagegate.localcloud.apigateway.model;

/** Where a stage's access log goes and in what format. */
public class AccessLogSettings {

	public String format;

	public String destinationArn;

}

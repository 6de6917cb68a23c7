package dev.imagegate.localcloud.apigateway.model;

import java.util.List;

/** Where an API is reachable: EDGE, REGIONAL or PRIVATE. */
public class EndpointConfiguration {

	public List<String> types;

	public String ipAddressType;

	public List<String> vpcEndpointIds;

}

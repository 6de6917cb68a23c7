package dev.imagegate.localcloud.executeapi;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One call of a deployed API as the parser read it, filled in by each stage of the chain.
 *
 * @param path the resource path's segments, each percent-decoded on its own (an encoded
 * slash stays inside its segment)
 * @param query the query string parameters, a repeated one keeping its last value
 * @param headers header values by lower-cased name, last value for a repeated header
 */
record Invocation(String requestId, String apigwId, String httpMethod, String apiId, String stage, List<String> path,
		Map<String, String> query, Map<String, String> headers, HttpServletRequest servletRequest) {

	String header(String name) {
		return headers.get(name.toLowerCase(java.util.Locale.ROOT));
	}

}

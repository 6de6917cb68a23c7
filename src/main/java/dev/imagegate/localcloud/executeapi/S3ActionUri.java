package dev.imagegate.localcloud.executeapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.executeapi.IntegrationRequestMapper.S3Request;
import dev.imagegate.localcloud.wire.PercentEncoding;

/**
 * The action form of an S3 integration URI, which the API reference documents beside the
 * path form (Integration.uri:
 * {@code arn:aws:apigateway:us-west-2:s3:action/GetObject&Bucket={bucket}&Key={key}}):
 * the action decides the verb and the REST request it stands for; its parameters, whose
 * {@code {name}} placeholders take the mapped path values, give bucket, key and prefix.
 * The object and bucket actions an S3 proxy uses are known; any other is the caller's
 * 500.
 */
record S3ActionUri(String action, Map<String, S3PathTemplate> parameters) {

	private static final Pattern S3_ACTION_URI = Pattern
		.compile("^arn:aws[a-z-]*:apigateway:[a-z0-9-]+:s3:action/([A-Za-z0-9]+)((?:&[^&=]+=[^&]*)*)$");

	static Optional<S3ActionUri> ofUri(String integrationUri) {
		Matcher uri = S3_ACTION_URI.matcher(integrationUri);
		if (!uri.matches()) {
			return Optional.empty();
		}
		Map<String, S3PathTemplate> parameters = new LinkedHashMap<>();
		for (String pair : uri.group(2).split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				parameters.put(pair.substring(0, eq), S3PathTemplate.parse(pair.substring(eq + 1)));
			}
		}
		return Optional.of(new S3ActionUri(uri.group(1), parameters));
	}

	/**
	 * The REST request the action stands for, or empty for an action this emulator does
	 * not know.
	 */
	Optional<S3Request> request(Map<String, String> pathValues, Map<String, String> query,
			Map<String, String> headers) {
		String bucket = value("Bucket", pathValues);
		String key = value("Key", pathValues);
		String method = switch (action) {
			case "GetObject", "ListObjects", "ListObjectsV2" -> "GET";
			case "HeadObject", "HeadBucket" -> "HEAD";
			case "PutObject" -> "PUT";
			case "DeleteObject" -> "DELETE";
			default -> null;
		};
		boolean objectAction = action.endsWith("Object");
		if (method == null || bucket.isEmpty() || (objectAction && key.isEmpty())) {
			return Optional.empty();
		}
		Map<String, String> s3Query = new LinkedHashMap<>(query);
		if (action.startsWith("List")) {
			if (action.equals("ListObjectsV2")) {
				s3Query.put("list-type", "2");
			}
			String prefix = value("Prefix", pathValues);
			if (!prefix.isEmpty()) {
				s3Query.put("prefix", prefix);
			}
		}
		return Optional.of(new S3Request(method, bucket, objectAction ? key : "", s3Query, headers));
	}

	private String value(String name, Map<String, String> pathValues) {
		S3PathTemplate template = parameters.get(name);
		return (template != null) ? PercentEncoding.decode(template.expand(pathValues)) : "";
	}

}

package dev.imagegate.localcloud.executeapi;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.imagegate.localcloud.apigateway.model.Integration;
import dev.imagegate.localcloud.wire.PercentEncoding;

/**
 * The integration request stage for an {@code AWS} integration to S3
 * ({@code arn:aws:apigateway:{region}:s3:path/{bucket}/{key}}, or an action,
 * {@link S3ActionUri}): maps the request parameters into path, query string and headers,
 * and substitutes path parameters into the URI URL-encoded, a {@code /} included. S3
 * decodes its request path once, so {@code ?image=a/b.jpg} reaches key
 * {@code prefix/a/b.jpg} and {@code ?image=../x} reaches the literal key
 * {@code prefix/../x}: nothing is ever normalised.
 */
final class IntegrationRequestMapper {

	private static final String TARGET = "integration.request.";

	private IntegrationRequestMapper() {
	}

	static S3Request map(Integration integration, Invocation invocation, Map<String, String> pathParameters,
			Map<String, String> stageVariables, String resourcePath) {
		if (integration == null || !"AWS".equals(integration.type) || integration.uri == null) {
			// The local cloud only runs AWS integrations to S3; anything else is a
			// configuration it cannot serve.
			throw ExecuteApiException.internalServerError();
		}
		Map<String, String> path = new LinkedHashMap<>();
		Map<String, String> query = new LinkedHashMap<>();
		Map<String, String> headers = new LinkedHashMap<>();
		if (integration.requestParameters != null) {
			integration.requestParameters.forEach((target, source) -> {
				String value = ParameterSources.resolve(source, invocation, pathParameters, stageVariables,
						resourcePath);
				if (value == null || !target.startsWith(TARGET)) {
					return;
				}
				String rest = target.substring(TARGET.length());
				int dot = rest.indexOf('.');
				String name = (dot < 0) ? "" : rest.substring(dot + 1);
				switch ((dot < 0) ? rest : rest.substring(0, dot)) {
					case "path" -> path.put(name, value);
					case "querystring" -> query.put(name, value);
					case "header" -> headers.put(name, value);
					default -> {
						// integration.request.body and the like are not used by S3
						// proxies.
					}
				}
			});
		}
		String uri = ParameterSources.withStageVariables(integration.uri, stageVariables);
		S3PathTemplate template = S3PathTemplate.ofUri(uri).orElse(null);
		if (template == null) {
			return S3ActionUri.ofUri(uri)
				.flatMap((action) -> action.request(path, query, headers))
				.orElseThrow(ExecuteApiException::internalServerError);
		}
		String substituted = template.expand(path);
		int slash = substituted.indexOf('/');
		String bucket = PercentEncoding.decode((slash < 0) ? substituted : substituted.substring(0, slash));
		String key = (slash < 0) ? "" : PercentEncoding.decode(substituted.substring(slash + 1));
		// An integration method of ANY (or none) sends the client's own verb on, as AWS
		// does (test_apigateway_s3_any).
		String method = (integration.httpMethod == null || "ANY".equals(integration.httpMethod))
				? invocation.httpMethod() : integration.httpMethod;
		return new S3Request(method, bucket, key, query, headers);
	}

	/**
	 * What the integration asks S3 for, with the key already decoded as S3 would decode
	 * it.
	 */
	record S3Request(String httpMethod, String bucket, String key, Map<String, String> query,
			Map<String, String> headers) {
	}

}

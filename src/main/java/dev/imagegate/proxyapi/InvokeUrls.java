package dev.imagegate.proxyapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.imagegate.cloud.CloudConnection;

import org.springframework.stereotype.Component;

/**
 * Where a deployed proxy API answers. On AWS:
 * {@code https://{id}.execute-api.{region}.amazonaws.com/{stage}/...}; on the local cloud
 * and on LocalStack-style endpoints:
 * {@code {endpoint}/_aws/execute-api/{id}/{stage}/...}.
 */
@Component
public class InvokeUrls {

	/** Stands where the image key goes in a URL template. */
	public static final String KEY_PLACEHOLDER = "{key}";

	private final CloudConnection connection;

	public InvokeUrls(CloudConnection connection) {
		this.connection = connection;
	}

	public String stageUrl(String apiId, String stage) {
		if (connection.endpoint().isPresent()) {
			return connection.endpoint().get().toString().replaceAll("/+$", "") + "/_aws/execute-api/" + apiId + "/"
					+ stage;
		}
		String region = connection.region().id();
		String domain = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
		return "https://" + apiId + ".execute-api." + region + "." + domain + "/" + stage;
	}

	/** The invoke URL with {@value #KEY_PLACEHOLDER} where the image key goes. */
	public String template(String apiId, String stage, String resource, String queryParameter) {
		return stageUrl(apiId, stage) + "/" + resource + "?" + queryParameter + "=" + KEY_PLACEHOLDER;
	}

	/** The template with a key filled in, percent-encoded as encodeURIComponent does. */
	public static String forKey(String template, String key) {
		return template.replace(KEY_PLACEHOLDER, encodeComponent(key));
	}

	/**
	 * {@code encodeURIComponent}: a raw {@code +} would arrive as a space, {@code &#}%
	 * would break the URL.
	 */
	public static String encodeComponent(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("%21", "!")
			.replace("%27", "'")
			.replace("%28", "(")
			.replace("%29", ")")
			.replace("%7E", "~");
	}

}

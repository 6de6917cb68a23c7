package dev.imagegate.localcloud.s3;

import java.io.InputStream;
import java.util.Map;

/**
 * One S3 request made in process, as an API's integration makes it: the method, the
 * bucket and key (decoded; empty key for a bucket-level call), query parameters and
 * headers (decoded), and for PUT or POST the body with its length (-1 when unknown).
 */
public record S3Call(String method, String bucket, String key, Map<String, String> query, Map<String, String> headers,
		InputStream body, long contentLength) {

	public S3Call {
		query = Map.copyOf(query);
		headers = Map.copyOf(headers);
	}

	public boolean isHead() {
		return "HEAD".equals(method);
	}

}

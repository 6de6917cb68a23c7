package dev.imagegate.localcloud.cloudformation;

import java.net.URI;
import java.util.Locale;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

import dev.imagegate.localcloud.wire.PercentEncoding;
import dev.imagegate.localcloud.wire.PercentEncoding.Malformed;
import dev.imagegate.localcloud.wire.PercentEncoding.Plus;

/**
 * A TemplateURL's template, read from the local cloud's S3: path style on any host
 * ({@code http://localhost:4566/bucket/key}, as {@code deploy --s3-bucket} makes it, or
 * {@code https://s3.amazonaws.com/bucket/key}) or virtual-hosted
 * ({@code https://bucket.s3.amazonaws.com/key}).
 */
final class TemplateUrls {

	private final CloudClients clients;

	TemplateUrls(CloudClients clients) {
		this.clients = clients;
	}

	String read(String templateUrl) {
		URI uri;
		try {
			uri = URI.create(templateUrl);
		}
		catch (IllegalArgumentException ex) {
			throw unsupported();
		}
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		String bucket;
		String key;
		int s3 = host.indexOf(".s3");
		if (s3 > 0) {
			bucket = host.substring(0, s3);
			key = path.startsWith("/") ? path.substring(1) : path;
		}
		else {
			int slash = path.indexOf('/', 1);
			if (slash < 0) {
				throw unsupported();
			}
			bucket = path.substring(1, slash);
			key = path.substring(slash + 1);
		}
		if (bucket.isEmpty() || key.isEmpty()) {
			throw unsupported();
		}
		String objectKey = PercentEncoding.decode(key, Plus.LITERAL, Malformed.REJECT);
		try {
			return clients.s3().getObjectAsBytes((g) -> g.bucket(bucket).key(objectKey)).asUtf8String();
		}
		catch (AwsServiceException ex) {
			throw TemplateErrors.validation("S3 error: " + ex.awsErrorDetails().errorMessage());
		}
	}

	private static RuntimeException unsupported() {
		return TemplateErrors.validation("TemplateURL must be a supported URL.");
	}

}

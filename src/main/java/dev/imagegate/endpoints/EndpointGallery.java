package dev.imagegate.endpoints;

import java.util.List;

import dev.imagegate.proxyapi.InvokeUrls;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.stereotype.Service;

/** A few images of an endpoint's prefix, as URLs served through the endpoint itself. */
@Service
class EndpointGallery {

	private final S3Client s3;

	EndpointGallery(S3Client s3) {
		this.s3 = s3;
	}

	List<GalleryImage> images(ManagedEndpoint endpoint, int max) {
		return s3.listObjectsV2((l) -> l.bucket(endpoint.bucket()).prefix(endpoint.prefix()).maxKeys(max))
			.contents()
			.stream()
			.filter((o) -> !o.key().endsWith("/"))
			.map((o) -> {
				String relative = o.key().substring(endpoint.prefix().length());
				return new GalleryImage(relative, InvokeUrls.forKey(endpoint.invokeUrl(), relative));
			})
			.toList();
	}

	/** An image key relative to the prefix, and its URL through the endpoint. */
	record GalleryImage(String key, String url) {
	}

}

package dev.imagegate.endpoints;

import java.util.List;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.proxyapi.InvokeUrls;

import org.springframework.stereotype.Service;

/** A few images of an endpoint's prefix, as URLs served through the endpoint itself. */
@Service
class EndpointGallery {

	private final AwsClients clients;

	EndpointGallery(AwsClients clients) {
		this.clients = clients;
	}

	List<GalleryImage> images(ManagedEndpoint endpoint, int max) {
		return clients.s3()
			.listObjectsV2((l) -> l.bucket(endpoint.bucket()).prefix(endpoint.prefix()).maxKeys(max))
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

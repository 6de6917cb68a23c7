package dev.imagegate.images;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import dev.imagegate.cloud.AwsClients;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Lists, stores and reads the images under a prefix of a bucket.
 *
 * <p>
 * Uploads are streamed: Spring's standard multipart support with
 * {@code spring.servlet.multipart.file-size-threshold=0} writes every part to a temporary
 * file, and each file goes from there to PutObject through a small buffer (enough for
 * Tika's look at the first bytes), never whole in memory.
 */
@Service
class ImageService {

	private final DataSize maxSize;

	private final AwsClients clients;

	private final RecentListings listings = new RecentListings(Clock.systemUTC());

	ImageService(AwsClients clients, ImagesProperties properties) {
		this.clients = clients;
		this.maxSize = properties.maxSize();
	}

	record ImagePage(List<S3Object> images, String nextToken) {
	}

	/**
	 * A page of the images under the prefix, as listed at most
	 * {@link RecentListings#FRESH} ago.
	 */
	ImagePage page(String bucket, String prefix, String token, int size) {
		return listings.get(new RecentListings.Key(bucket, prefix, token, size),
				() -> list(bucket, prefix, token, size));
	}

	private ImagePage list(String bucket, String prefix, String token, int size) {
		ListObjectsV2Response page = clients.s3()
			.listObjectsV2((l) -> l.bucket(bucket)
				.prefix(prefix)
				.maxKeys(size)
				.continuationToken((token == null || token.isBlank()) ? null : token));
		return new ImagePage(page.contents(),
				Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null);
	}

	/**
	 * Checks one file (name, size, content type) and stores it when it passes. An image
	 * of the same name is only replaced when {@code replace} says so: an upload never
	 * loses an image silently.
	 */
	UploadResult store(String bucket, String prefix, MultipartFile file, boolean replace) throws IOException {
		String original = (file.getOriginalFilename() == null) ? "" : file.getOriginalFilename();
		String name = ImageKeys.lastSegment(original);
		String shown = name.isEmpty() ? original : name;
		String nameProblem = ImageKeys.fileNameProblem(name);
		if (nameProblem != null) {
			return UploadResult.refused(shown, shown + " " + nameProblem + " (" + ImageKeys.FILE_NAME_RULE + ")");
		}
		String sizeProblem = sizeProblem(name, file.getSize());
		if (sizeProblem != null) {
			return UploadResult.refused(name, sizeProblem);
		}
		try (InputStream in = new BufferedInputStream(file.getInputStream(), 64 * 1024)) {
			String type = ImageTypes.detect(in);
			if (!ImageTypes.ACCEPTED.contains(type)) {
				String why = "image/svg+xml".equals(type)
						? " is an SVG drawing, which is refused: "
								+ "an SVG can carry script that would run when it is opened"
						: " is not an image (" + type + ")";
				return UploadResult.refused(name, name + why);
			}
			String structureProblem = ImageStructure.problem(file::getInputStream, type);
			if (structureProblem != null) {
				return UploadResult.refused(name, name + " " + structureProblem);
			}
			String key = prefix + name;
			if (!replace && exists(bucket, key)) {
				return UploadResult.refused(name, name + " is already stored as " + key
						+ "; it was kept. Tick \"Replace images of the same name\" to replace it");
			}
			clients.s3()
				.putObject((p) -> p.bucket(bucket).key(key).contentType(type).contentLength(file.getSize()),
						RequestBody.fromInputStream(in, file.getSize()));
			listings.forget(bucket);
			return UploadResult.stored(name, key, type);
		}
	}

	/** Why a file of this size is refused, or null. */
	String sizeProblem(String name, long bytes) {
		if (bytes == 0) {
			return name + " is empty";
		}
		if (bytes > this.maxSize.toBytes()) {
			return name + " is " + megabytes(bytes) + "; the limit is " + megabytes(this.maxSize.toBytes())
					+ ", API Gateway's payload limit";
		}
		return null;
	}

	DataSize maxSize() {
		return this.maxSize;
	}

	/** Deletes one image; S3 answers the same whether or not it existed. */
	void delete(String bucket, String key) {
		clients.s3().deleteObject((d) -> d.bucket(bucket).key(key));
		listings.forget(bucket);
	}

	private boolean exists(String bucket, String key) {
		try {
			clients.s3().headObject((h) -> h.bucket(bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
	}

	ResponseInputStream<GetObjectResponse> open(String bucket, String key) {
		return clients.s3().getObject((g) -> g.bucket(bucket).key(key));
	}

	static String megabytes(long bytes) {
		double mb = bytes / (1024.0 * 1024.0);
		return (mb == Math.rint(mb)) ? String.format(Locale.ROOT, "%d MB", (long) mb)
				: String.format(Locale.ROOT, "%.1f MB", mb);
	}

}

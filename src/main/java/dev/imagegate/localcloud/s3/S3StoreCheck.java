package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.imagegate.localcloud.LocalCloudStartupException;

/**
 * Reads every metadata file of S3Mock's store before S3Mock does: S3Mock's own failure on
 * a damaged file does not say which file it was, so a user could not find it. Checks that
 * each bucket's {@code bucketMetadata.json} and each object's {@code objectMetadata.json}
 * is JSON.
 */
final class S3StoreCheck {

	private static final List<String> METADATA = List.of("bucketMetadata.json", "objectMetadata.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private S3StoreCheck() {
	}

	static void verify(Path root) {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> files = Files.find(root, 3,
				(path, attributes) -> attributes.isRegularFile() && METADATA.contains(path.getFileName().toString()))) {
			files.forEach(S3StoreCheck::readable);
		}
		catch (IOException ex) {
			throw unreadable(root, ex.toString(), ex);
		}
	}

	private static void readable(Path file) {
		try {
			if (JSON.readTree(Files.readAllBytes(file)).isMissingNode()) {
				throw unreadable(file, "it is empty", null);
			}
		}
		catch (IOException ex) {
			throw unreadable(file, ex.toString(), ex);
		}
		catch (JacksonException ex) {
			throw unreadable(file, "it is not the JSON S3Mock wrote (" + ex.getOriginalMessage() + ")", ex);
		}
	}

	private static LocalCloudStartupException unreadable(Path file, String why, Exception cause) {
		return new LocalCloudStartupException("The local cloud's S3 store file " + file.toAbsolutePath().normalize()
				+ " cannot be read: " + why + ". Nothing was changed; restore the file or move its folder aside, "
				+ "or set imagegate.local.data-dir to another directory.", cause);
	}

}

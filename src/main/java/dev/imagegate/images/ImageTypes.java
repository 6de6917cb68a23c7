package dev.imagegate.images;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * Decides a file's type from its content with Apache Tika (magic bytes). The file name is
 * deliberately NOT given to Tika: when the content matches no magic, Tika would fall back
 * to the name, and any bytes called x.png would pass as image/png.
 */
final class ImageTypes {

	/**
	 * What may be stored. No image/svg+xml: an SVG is XML that can carry script, run when
	 * it is opened directly from the bucket or the API.
	 */
	static final Set<String> ACCEPTED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/avif");

	private static final Tika TIKA = new Tika();

	private ImageTypes() {
	}

	/**
	 * The detected media type; the stream must support mark/reset and is reset
	 * afterwards.
	 */
	static String detect(InputStream markable) throws IOException {
		if (!markable.markSupported()) {
			throw new IllegalArgumentException("The stream must support mark/reset");
		}
		return TIKA.detect(markable);
	}

}

package dev.imagegate.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether a file whose first bytes say "image" is a whole image and nothing else: its end
 * is checked ({@link ImageEnds}) and it is decoded (PNG, JPEG, GIF, WebP through ImageIO;
 * AVIF's boxes are walked), so a truncated or damaged file is refused, and it is scanned
 * for markup, so an image header followed by HTML or script (a polyglot) is refused too.
 * Memory stays small whatever the upload: the image is decoded subsampled to at most
 * {@value #PREVIEW_EDGE} pixels a side, after its dimensions are checked.
 */
final class ImageStructure {

	/**
	 * Dimensions beyond this are refused before decoding: a small file can claim a huge
	 * image.
	 */
	static final long MAX_PIXELS = 100_000_000L;

	private static final int PREVIEW_EDGE = 256;

	/**
	 * What a browser would run or render as a page; none of it belongs in an image's
	 * bytes. Five bytes at least, so that compressed image data matches one by chance
	 * about once in ten thousand 10 MB files at worst (shorter tags like {@code <img}
	 * would, every few dozen).
	 */
	private static final List<byte[]> MARKUP = List
		.of("<script", "<!doctype", "<html>", "<html ", "<svg ", "<svg>", "<iframe", "<body>", "<body ", "<?php",
				"<object", "<embed", "javascript:", "onerror=", "onload=")
		.stream()
		.map((text) -> text.getBytes(StandardCharsets.US_ASCII))
		.toList();

	private ImageStructure() {
	}

	/** Why the content is not a whole image of the detected type, or null when it is. */
	static String problem(ContentSource content, String type) throws IOException {
		String markup = markup(content);
		if (markup != null) {
			return "contains markup (" + markup + "), which an image never holds";
		}
		if ("image/avif".equals(type)) {
			return AvifBoxes.problem(content);
		}
		String end = ImageEnds.problem(content, type);
		return (end != null) ? end : decodingProblem(content, type);
	}

	private static String decodingProblem(ContentSource content, String type) throws IOException {
		String format = type.substring("image/".length()).toUpperCase(Locale.ROOT);
		try (InputStream in = content.open(); ImageInputStream images = ImageIO.createImageInputStream(in)) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
			if (images == null || !readers.hasNext()) {
				return "cannot be read as " + format + " here";
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(images, true, true);
				Warnings warnings = new Warnings();
				reader.addIIOReadWarningListener(warnings);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
					return "claims " + width + " x " + height + " pixels; at most " + MAX_PIXELS / 1_000_000
							+ " megapixels are taken";
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = (int) Math.max(1, (Math.max(width, height) + PREVIEW_EDGE - 1) / PREVIEW_EDGE);
				param.setSourceSubsampling(step, step, 0, 0);
				reader.read(0, param);
				if (warnings.first != null) {
					return "is not a complete " + format + " image (" + warnings.first + ")";
				}
				return null;
			}
			catch (IOException | RuntimeException ex) {
				return "is not a complete " + format + " image (its data ends early or is damaged)";
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * The first markup found, as it appears, or null: one pass, case-insensitive, ASCII.
	 */
	private static String markup(ContentSource content) throws IOException {
		int longest = MARKUP.stream().mapToInt((m) -> m.length).max().orElse(0);
		byte[] buffer = new byte[64 * 1024 + longest];
		int kept = 0;
		try (InputStream in = content.open()) {
			int n;
			while ((n = in.read(buffer, kept, buffer.length - kept)) > 0) {
				int end = kept + n;
				for (int i = 0; i < end; i++) {
					if (buffer[i] != '<' && (buffer[i] | 0x20) != 'j' && (buffer[i] | 0x20) != 'o') {
						continue;
					}
					for (byte[] pattern : MARKUP) {
						if (startsWithIgnoringCase(buffer, i, end, pattern)) {
							return new String(pattern, StandardCharsets.US_ASCII);
						}
					}
				}
				kept = Math.min(longest - 1, end);
				System.arraycopy(buffer, end - kept, buffer, 0, kept);
			}
		}
		return null;
	}

	private static boolean startsWithIgnoringCase(byte[] buffer, int from, int end, byte[] pattern) {
		if (end - from < pattern.length) {
			return false;
		}
		for (int j = 0; j < pattern.length; j++) {
			int b = buffer[from + j];
			if (b >= 'A' && b <= 'Z') {
				b += 'a' - 'A';
			}
			if (b != pattern[j]) {
				return false;
			}
		}
		return true;
	}

	/** A file's content, opened as often as the checks need (uploads are on disk). */
	@FunctionalInterface
	interface ContentSource {

		InputStream open() throws IOException;

	}

	private static final class Warnings implements javax.imageio.event.IIOReadWarningListener {

		private String first;

		@Override
		public void warningOccurred(ImageReader source, String warning) {
			if (first == null) {
				first = warning;
			}
		}

	}

}

package dev.imagegate.images;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * Whether a file ends where its format says it ends. Decoders forgive a missing end (the
 * JDK's PNG reader stops once it has its pixels), so a cut file would pass decoding
 * alone: a PNG must be whole chunks with good checksums up to {@code IEND} and nothing
 * after; a GIF must end with its trailer byte; a JPEG with its end-of-image marker.
 */
final class ImageEnds {

	private static final long PNG_SIGNATURE = 0x89504E470D0A1A0AL;

	private ImageEnds() {
	}

	/** Why the file does not end as its format requires, or null. */
	static String problem(ImageStructure.ContentSource content, String type) throws IOException {
		return switch (type) {
			case "image/png" -> pngProblem(content);
			case "image/gif" -> endsWith(content, new int[] { 0x3B }) ? null
					: "is not a complete GIF image (no trailer: it was cut short)";
			case "image/jpeg" -> endsWith(content, new int[] { 0xFF, 0xD9 }) ? null
					: "is not a complete JPEG image (no end-of-image marker: cut short, or data appended)";
			default -> null;
		};
	}

	private static String pngProblem(ImageStructure.ContentSource content) throws IOException {
		try (DataInputStream in = new DataInputStream(content.open())) {
			if (in.readLong() != PNG_SIGNATURE) {
				return "has no PNG signature";
			}
			byte[] buffer = new byte[64 * 1024];
			while (true) {
				long length = Integer.toUnsignedLong(in.readInt());
				byte[] type = in.readNBytes(4);
				if (type.length < 4 || length > Integer.MAX_VALUE) {
					return "is not a complete PNG image (a chunk is cut short)";
				}
				CRC32 crc = new CRC32();
				crc.update(type);
				for (long left = length; left > 0;) {
					int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
					if (n < 0) {
						return "is not a complete PNG image (its data ends early)";
					}
					crc.update(buffer, 0, n);
					left -= n;
				}
				if (Integer.toUnsignedLong(in.readInt()) != crc.getValue()) {
					return "is not a complete PNG image (a chunk's checksum is wrong)";
				}
				if (type[0] == 'I' && type[1] == 'E' && type[2] == 'N' && type[3] == 'D') {
					return (in.read() < 0) ? null : "has data after its end (IEND), which an image never holds";
				}
			}
		}
		catch (EOFException ex) {
			return "is not a complete PNG image (its data ends early)";
		}
	}

	private static boolean endsWith(ImageStructure.ContentSource content, int[] tail) throws IOException {
		byte[] last = new byte[tail.length];
		int kept = 0;
		try (InputStream in = content.open()) {
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) > 0) {
				// Keep the last tail.length bytes seen: the chunk's own end, or what was
				// kept before and it.
				int fromChunk = Math.min(n, last.length);
				int fromBefore = Math.min(kept, last.length - fromChunk);
				System.arraycopy(last, kept - fromBefore, last, 0, fromBefore);
				System.arraycopy(buffer, n - fromChunk, last, fromBefore, fromChunk);
				kept = fromBefore + fromChunk;
			}
		}
		if (kept < tail.length) {
			return false;
		}
		for (int i = 0; i < tail.length; i++) {
			if ((last[i] & 0xFF) != tail[i]) {
				return false;
			}
		}
		return true;
	}

}

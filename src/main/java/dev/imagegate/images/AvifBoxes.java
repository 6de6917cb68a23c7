package dev.imagegate.images;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * AVIF has no decoder in Java, so its container is checked instead: an ISO base media
 * file is a sequence of boxes (size, type, body) that must fill the file exactly, start
 * with {@code ftyp} naming an AVIF brand, and hold the image data ({@code mdat}) and its
 * description ({@code meta}). A truncated file leaves its last box short; bytes appended
 * leave an incomplete box.
 */
final class AvifBoxes {

	private AvifBoxes() {
	}

	static String problem(ImageStructure.ContentSource content) throws IOException {
		boolean meta = false;
		boolean mdat = false;
		try (DataInputStream in = new DataInputStream(content.open())) {
			boolean first = true;
			while (true) {
				int firstByte = in.read();
				if (firstByte < 0) {
					break;
				}
				// A partial header at the end (bytes appended) fails below with
				// EOFException.
				long size = ((long) firstByte << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8)
						| in.readUnsignedByte();
				String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
				long header = 8;
				if (size == 1) {
					size = in.readLong();
					header = 16;
				}
				if (size == 0 || size < header) {
					return "is not a complete AVIF image (a box has no valid size)";
				}
				if (first && !"ftyp".equals(type)) {
					return "is not an AVIF image (it does not start with a file type box)";
				}
				if (first && !isAvifBrand(in, size - header)) {
					return "is not an AVIF image (no AVIF brand)";
				}
				else if (!first && skip(in, size - header) < size - header) {
					return "is not a complete AVIF image (its data ends early)";
				}
				meta |= "meta".equals(type);
				mdat |= "mdat".equals(type);
				first = false;
			}
		}
		catch (EOFException ex) {
			return "is not a complete AVIF image (its data ends early)";
		}
		if (!meta || !mdat) {
			return "is not a complete AVIF image (no " + (meta ? "image data" : "image description") + ")";
		}
		return null;
	}

	/** Reads the ftyp box's body: major brand, minor version, compatible brands. */
	private static boolean isAvifBrand(DataInputStream in, long length) throws IOException {
		if (length < 8 || length > 1024) {
			return false;
		}
		byte[] body = in.readNBytes((int) length);
		if (body.length < length) {
			throw new EOFException();
		}
		for (int i = 0; i + 4 <= body.length; i += 4) {
			if (i == 4) {
				continue;
			}
			String brand = new String(body, i, 4, StandardCharsets.US_ASCII);
			if ("avif".equals(brand) || "avis".equals(brand)) {
				return true;
			}
		}
		return false;
	}

	private static long skip(InputStream in, long length) throws IOException {
		long skipped = 0;
		while (skipped < length) {
			long n = in.skip(length - skipped);
			if (n <= 0) {
				if (in.read() < 0) {
					return skipped;
				}
				n = 1;
			}
			skipped += n;
		}
		return skipped;
	}

}

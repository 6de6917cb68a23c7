package dev.imagegate.images;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Real images, encoded by the JDK. */
final class TestImages {

	private TestImages() {
	}

	static byte[] png(int width, int height) {
		return encode("png", width, height);
	}

	static byte[] jpeg(int width, int height) {
		return encode("jpg", width, height);
	}

	private static byte[] encode(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, new Color((x * 7) % 256, (y * 5) % 256, 120).getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}

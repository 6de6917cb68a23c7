package dev.imagegate.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole images pass; cut, damaged, oversized and markup-carrying ones are refused with
 * why.
 */
class ImageStructureTest {

	@ParameterizedTest
	@CsvSource({ "png, image/png", "jpg, image/jpeg", "gif, image/gif" })
	void aWholeImagePasses(String format, String type) throws IOException {
		assertThat(ImageStructure.problem(source(drawn(format)), type)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "png, image/png", "jpg, image/jpeg", "gif, image/gif" })
	void aTruncatedImageIsRefused(String format, String type) throws IOException {
		byte[] whole = drawn(format);
		byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);

		assertThat(ImageStructure.problem(source(cut), type)).startsWith("is not a complete");
	}

	@ParameterizedTest
	@CsvSource({ "tiny.webp", "tiny-lossy.webp" })
	void aWholeWebPPasses(String file) throws IOException {
		assertThat(ImageStructure.problem(source(resource(file)), "image/webp")).isNull();
	}

	@Test
	void aTruncatedWebPIsRefused() throws IOException {
		byte[] whole = resource("tiny-lossy.webp");

		assertThat(ImageStructure.problem(source(Arrays.copyOf(whole, whole.length / 2)), "image/webp"))
			.startsWith("is not a complete");
	}

	@Test
	void aWholeAvifPassesAndACutOrExtendedOneIsRefused() throws IOException {
		byte[] whole = resource("tiny.avif");
		byte[] extended = Arrays.copyOf(whole, whole.length + 3);

		assertThat(ImageStructure.problem(source(whole), "image/avif")).isNull();
		assertThat(ImageStructure.problem(source(Arrays.copyOf(whole, whole.length - 10)), "image/avif"))
			.startsWith("is not a complete AVIF image");
		assertThat(ImageStructure.problem(source(extended), "image/avif")).startsWith("is not a complete AVIF image");
	}

	@Test
	void aGifHeaderFollowedByHtmlIsRefused() throws IOException {
		byte[] polyglot = "GIF89a/*<html><body><script>alert(document.cookie)</script></body></html>*/"
			.getBytes(StandardCharsets.US_ASCII);

		assertThat(ImageStructure.problem(source(polyglot), "image/gif"))
			.isEqualTo("contains markup (<html>), which an image never holds");
	}

	@ParameterizedTest
	@CsvSource({ "png, image/png, <SCRIPT src=//evil>", "jpg, image/jpeg, <svg onload=alert(1)>",
			"gif, image/gif, <!DOCTYPE html>" })
	void aWholeImageWithMarkupAppendedIsRefused(String format, String type, String markup) throws IOException {
		byte[] image = drawn(format);
		byte[] polyglot = Arrays.copyOf(image, image.length + markup.length());
		System.arraycopy(markup.getBytes(StandardCharsets.US_ASCII), 0, polyglot, image.length, markup.length());

		assertThat(ImageStructure.problem(source(polyglot), type)).startsWith("contains markup");
	}

	@Test
	void bytesAfterAPngsEndOrABadChecksumAreRefused() throws IOException {
		byte[] png = drawn("png");
		byte[] trailing = Arrays.copyOf(png, png.length + 4);
		byte[] damaged = png.clone();
		damaged[40] ^= 0x55;

		assertThat(ImageStructure.problem(source(trailing), "image/png")).startsWith("has data after its end");
		assertThat(ImageStructure.problem(source(damaged), "image/png")).contains("checksum is wrong");
	}

	@ParameterizedTest
	@CsvSource({ "jpg, image/jpeg", "gif, image/gif" })
	void theEndIsFoundHoweverTheBytesArrive(String format, String type) throws IOException {
		byte[] whole = drawn(format);
		byte[] cut = Arrays.copyOf(whole, whole.length - 1);

		assertThat(ImageEnds.problem(oneByteAtATime(whole), type)).isNull();
		assertThat(ImageEnds.problem(oneByteAtATime(cut), type)).startsWith("is not a complete");
	}

	/** A stream that hands out one byte per read, as a slow network might. */
	private static ImageStructure.ContentSource oneByteAtATime(byte[] bytes) {
		return () -> new FilterInputStream(new ByteArrayInputStream(bytes)) {
			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				return super.read(buffer, offset, Math.min(length, 1));
			}
		};
	}

	@Test
	void markupAcrossTheScanBufferIsFound() throws IOException {
		byte[] image = drawn("png");
		byte[] padded = new byte[64 * 1024 - 3];
		byte[] markup = "<script>".getBytes(StandardCharsets.US_ASCII);
		ByteBuffer all = ByteBuffer.allocate(image.length + padded.length + markup.length);
		all.put(image).put(padded).put(markup);

		assertThat(ImageStructure.problem(source(all.array()), "image/png")).startsWith("contains markup (<script");
	}

	@Test
	void aPngClaimingAHugeImageIsRefusedBeforeDecoding() throws IOException {
		byte[] png = drawn("png");
		// IHDR's width and height sit at bytes 16..23; its CRC follows the chunk's data.
		ByteBuffer.wrap(png, 16, 8).putInt(50_000).putInt(50_000);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());

		assertThat(ImageStructure.problem(source(png), "image/png")).startsWith("claims 50000 x 50000 pixels");
	}

	private static ImageStructure.ContentSource source(byte[] bytes) {
		return () -> new ByteArrayInputStream(bytes);
	}

	private static byte[] drawn(String format) throws IOException {
		BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		for (int x = 0; x < 120; x += 8) {
			g.setColor(new Color(x * 2, 255 - x * 2, (x * 7) % 255));
			g.fillRect(x, 0, 8, 80);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = ImageStructureTest.class.getResourceAsStream("/images/" + name)) {
			return in.readAllBytes();
		}
	}

}

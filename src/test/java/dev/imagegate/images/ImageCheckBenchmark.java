package dev.imagegate.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On demand, not part of the build's tests:
 * {@code ./mvnw -Pbenchmark test -Dtest=ImageCheckBenchmark}. What checking a 10 MB
 * upload costs ({@link ImageStructure}: end, markup scan, subsampled decode): median time
 * of 5 after 2 warm-ups, bytes the checking thread allocated, and the heap's peak during
 * one check over the heap in use before it. Figures go to stdout and
 * target/benchmarks/image-check.txt; see docs/reliability.md.
 */
@Tag("benchmark")
class ImageCheckBenchmark {

	private static final int WARM_UP = 2;

	private static final int RUNS = 5;

	@Test
	void checkingA10MbUploadTakesLittleTimeAndLittleMemory() throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(measure("PNG 1,900 x 1,750 noise", png(1900, 1750), "image/png"));
		lines.add(measure("JPEG 4,000 x 3,000 noise, quality 0.95", jpeg(4000, 3000), "image/jpeg"));
		Path out = Path.of("target/benchmarks/image-check.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		lines.forEach(System.out::println);
	}

	private static String measure(String name, byte[] image, String type) throws IOException {
		ImageStructure.ContentSource source = () -> new ByteArrayInputStream(image);
		for (int i = 0; i < WARM_UP; i++) {
			assertThat(ImageStructure.problem(source, type)).isNull();
		}
		List<Long> times = new ArrayList<>();
		long allocated = 0;
		long peakOverBase = 0;
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		for (int i = 0; i < RUNS; i++) {
			System.gc();
			long base = heapUsed();
			resetPeaks();
			long before = threads.getCurrentThreadAllocatedBytes();
			long start = System.nanoTime();
			assertThat(ImageStructure.problem(source, type)).isNull();
			times.add((System.nanoTime() - start) / 1_000_000);
			allocated = threads.getCurrentThreadAllocatedBytes() - before;
			peakOverBase = Math.max(peakOverBase, heapPeak() - base);
		}
		times.sort(null);
		return "%s, %.1f MB: median %d ms, allocated %.1f MB per check, heap peak +%.1f MB".formatted(name,
				image.length / 1e6, times.get(RUNS / 2), allocated / 1e6, peakOverBase / 1e6);
	}

	private static long heapUsed() {
		return heapPools().stream().mapToLong((pool) -> pool.getUsage().getUsed()).sum();
	}

	private static long heapPeak() {
		return heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	private static void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

	private static BufferedImage noise(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(42);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt());
			}
		}
		return image;
	}

	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(noise(width, height), "png", out);
		return out.toByteArray();
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.95f);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(noise(width, height), null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}

package dev.imagegate.images;

import java.io.ByteArrayInputStream;
import java.io.BufferedInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The key rule, the size limit and the content sniffing, without a server. */
class ImageKeysTest {

	@Test
	void fileNamesFollowTheRule() {
		assertThat(ImageKeys.fileNameProblem("cat.png")).isNull();
		assertThat(ImageKeys.fileNameProblem("red dot+1 (copy)!'_-.png")).isNull();
		assertThat(ImageKeys.fileNameProblem(".hidden.png")).isEqualTo("starts with a dot");
		assertThat(ImageKeys.fileNameProblem("<script>.png")).startsWith("may contain only");
		assertThat(ImageKeys.fileNameProblem("caf\u00e9.png")).startsWith("may contain only");
		assertThat(ImageKeys.fileNameProblem("")).isEqualTo("has no file name");
		assertThat(ImageKeys.fileNameProblem("a".repeat(200))).isNull();
		assertThat(ImageKeys.fileNameProblem("a".repeat(201))).isEqualTo("is longer than 200 characters");
	}

	@Test
	void onlyTheLastPathSegmentCounts() {
		assertThat(ImageKeys.lastSegment("a/b.png")).isEqualTo("b.png");
		assertThat(ImageKeys.lastSegment("../x.png")).isEqualTo("x.png");
		assertThat(ImageKeys.lastSegment("C:\\Users\\me\\cat.png")).isEqualTo("cat.png");
		assertThat(ImageKeys.lastSegment("dir/")).isEmpty();
	}

	@Test
	void prefixesFollowProxyApiSpecsRule() {
		assertThat(ImageKeys.prefixProblem("images/")).isNull();
		assertThat(ImageKeys.prefixProblem("")).isNull();
		assertThat(ImageKeys.prefixProblem("a/b/")).isNull();
		assertThat(ImageKeys.prefixProblem("images")).isNotNull();
		assertThat(ImageKeys.prefixProblem("../")).isNotNull();
		assertThat(ImageKeys.prefixProblem("a/./")).isNotNull();
		assertThat(ImageKeys.prefixProblem("<b>/")).isNotNull();
		assertThat(ImageKeys.isServable("images/cat.png")).isTrue();
		assertThat(ImageKeys.isServable("images/../secret.png")).isFalse();
		assertThat(ImageKeys.isServable("images/")).isFalse();
	}

	@Test
	void aFileOverTheLimitIsRefusedWithTheReason() {
		ImageService service = new ImageService(null, new ImagesProperties(DataSize.ofMegabytes(10)));

		assertThat(service.sizeProblem("x.png", 10L * 1024 * 1024)).isNull();
		assertThat(service.sizeProblem("x.png", (long) (12.3 * 1024 * 1024)))
			.isEqualTo("x.png is 12.3 MB; the limit is 10 MB, API Gateway's payload limit");
		assertThat(service.sizeProblem("x.png", 0)).isEqualTo("x.png is empty");
	}

	@Test
	void theTypeComesFromTheContent() throws Exception {
		assertThat(detect(TestImages.png(3, 2))).isEqualTo("image/png");
		assertThat(detect(TestImages.jpeg(3, 2))).isEqualTo("image/jpeg");
		assertThat(detect("GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)))
			.isEqualTo("image/gif");
		assertThat(detect("just some notes".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
		String svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
		assertThat(detect(svg.getBytes(StandardCharsets.UTF_8))).isEqualTo("image/svg+xml");
		assertThat(ImageTypes.ACCEPTED).doesNotContain("image/svg+xml");
	}

	private static String detect(byte[] content) throws Exception {
		return ImageTypes.detect(new BufferedInputStream(new ByteArrayInputStream(content)));
	}

}

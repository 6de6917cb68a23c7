package dev.imagegate.localcloud.executeapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A text payload's bytes, however the writes cut them. */
class Utf8TextStreamTest {

	@Test
	void theAwsRecordedGzipBodyBecomesNinetyNineBytesWrittenWholeOrByteByByte() throws IOException {
		assertThat(text(ExecuteApiRequestPayloadTest.RAW, 67)).isEqualTo(ExecuteApiRequestPayloadTest.RAW_AS_TEXT);
		assertThat(text(ExecuteApiRequestPayloadTest.RAW, 1)).isEqualTo(ExecuteApiRequestPayloadTest.RAW_AS_TEXT);
	}

	@Test
	void validUtf8CutInsideASequenceIsUnchanged() throws IOException {
		byte[] valid = "a✓b😀c".getBytes(StandardCharsets.UTF_8);
		for (int chunk = 1; chunk <= valid.length; chunk++) {
			assertThat(text(valid, chunk)).as("chunks of %d", chunk).isEqualTo(valid);
		}
	}

	@Test
	void aSequenceCutOffAtTheEndIsReplaced() throws IOException {
		byte[] cut = { 'a', (byte) 0xE2, (byte) 0x9C };
		assertThat(new String(text(cut, 2), StandardCharsets.UTF_8)).isEqualTo("a\uFFFD");
	}

	private static byte[] text(byte[] bytes, int chunk) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Utf8TextStream text = new Utf8TextStream(out)) {
			for (int i = 0; i < bytes.length; i += chunk) {
				text.write(bytes, i, Math.min(chunk, bytes.length - i));
			}
		}
		return out.toByteArray();
	}

}

package dev.imagegate.localcloud.wire;

import dev.imagegate.localcloud.wire.PercentEncoding.Malformed;
import dev.imagegate.localcloud.wire.PercentEncoding.Plus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one percent-decoder: each caller says what {@code +} and a malformed escape mean.
 */
class PercentEncodingTest {

	@Test
	void plusIsAPlusOrASpaceAsTheCallerSays() {
		assertThat(PercentEncoding.decode("a+b%2Bc", Plus.LITERAL, Malformed.KEEP)).isEqualTo("a+b+c");
		assertThat(PercentEncoding.decode("a+b%2Bc", Plus.SPACE, Malformed.KEEP)).isEqualTo("a b+c");
		assertThat(PercentEncoding.decode("a+b", Plus.SPACE, Malformed.REJECT)).isEqualTo("a b");
		assertThat(PercentEncoding.decode("a+b")).isEqualTo("a+b");
	}

	@Test
	void multiByteUtf8DecodesAcrossItsEscapes() {
		String decoded = PercentEncoding.decode("caf%C3%A9%20%E2%82%AC", Plus.LITERAL, Malformed.REJECT);
		assertThat(decoded).isEqualTo("café €");
		assertThat(PercentEncoding.decode("%F0%9F%90%88.png")).isEqualTo("\uD83D\uDC08.png");
		// Raw non-ASCII beside escapes, as a client that does not encode sends it.
		assertThat(PercentEncoding.decode("\uD83D\uDC08%20é")).isEqualTo("\uD83D\uDC08 é");
	}

	@Test
	void bytesThatAreNotUtf8BecomeTheReplacementCharacter() {
		assertThat(PercentEncoding.decode("a%FFb", Plus.LITERAL, Malformed.REJECT)).isEqualTo("a\uFFFDb");
	}

	@ParameterizedTest
	@ValueSource(strings = { "100%", "100%2", "%zz", "a%-1b", "%%41" })
	void aMalformedEscapeStaysAsItCameOrIsRejected(String text) {
		String kept = PercentEncoding.decode(text, Plus.LITERAL, Malformed.KEEP);
		assertThat(kept).startsWith(text.substring(0, text.indexOf('%') + 1));
		assertThatExceptionOfType(PercentEncoding.MalformedEscapeException.class)
			.isThrownBy(() -> PercentEncoding.decode(text, Plus.SPACE, Malformed.REJECT))
			.withMessageContaining("index " + text.indexOf('%'));
	}

	@Test
	void aKeptMalformedEscapeDoesNotSwallowTheValidOneAfterIt() {
		assertThat(PercentEncoding.decode("%%41", Plus.LITERAL, Malformed.KEEP)).isEqualTo("%A");
		assertThat(PercentEncoding.decode("100%", Plus.LITERAL, Malformed.KEEP)).isEqualTo("100%");
	}

	@Test
	void encodeAndDecodeAreInverse() {
		String key = "images/a b+c&d=é/\uD83D\uDC08%";
		assertThat(PercentEncoding.decode(PercentEncoding.encode(key), Plus.LITERAL, Malformed.REJECT)).isEqualTo(key);
		assertThat(PercentEncoding.encodePath(key)).startsWith("images/a%20b%2Bc%26d%3D%C3%A9/");
	}

}

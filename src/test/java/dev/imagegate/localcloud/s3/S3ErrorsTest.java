package dev.imagegate.localcloud.s3;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S3's one error writer, used by the S3 endpoint and by execute-api's integration alike.
 */
class S3ErrorsTest {

	private static final String KEY = "images/a<b&c\"d'>.jpg";

	@Test
	void detailsWithXmlCharactersAreEscaped() throws Exception {
		String xml = S3Errors.xml("NoSuchKey", "The specified key does not exist.", Map.of("Key", KEY), "REQ", "HOST");

		Element error = parse(xml.getBytes(StandardCharsets.UTF_8));
		assertThat(text(error, "Code")).isEqualTo("NoSuchKey");
		assertThat(text(error, "Key")).isEqualTo(KEY);
		assertThat(text(error, "RequestId")).isEqualTo("REQ");
		assertThat(xml).contains("<Key>images/a&lt;b&amp;c&quot;d&apos;&gt;.jpg</Key>");
	}

	@Test
	void anAnswerMadeUpOutsideS3IsTheSameEscapedDocument() throws Exception {
		S3Answer answer = S3Answer.error(503, "SlowDown", "Injected for " + KEY, false);

		ByteArrayOutputStream body = new ByteArrayOutputStream();
		answer.writeBody(body);
		Element error = parse(body.toByteArray());
		assertThat(text(error, "Message")).isEqualTo("Injected for " + KEY);
		assertThat(answer.errorCode()).isEqualTo("SlowDown");
		assertThat(answer.header("content-type")).isEqualTo("application/xml");
		assertThat(text(error, "RequestId")).matches("[0-9A-F]{16}");
	}

	@Test
	void aHeadAnswerHasNoBody() throws IOException {
		S3Answer answer = S3Answer.error(403, "AccessDenied", "Access Denied", true);

		ByteArrayOutputStream body = new ByteArrayOutputStream();
		answer.writeBody(body);
		assertThat(body.size()).isZero();
		assertThat(answer.contentLength()).isZero();
	}

	private static Element parse(byte[] xml) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml))
			.getDocumentElement();
	}

	private static String text(Element error, String name) {
		return error.getElementsByTagName(name).item(0).getTextContent();
	}

}

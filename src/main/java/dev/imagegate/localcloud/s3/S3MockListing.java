package dev.imagegate.localcloud.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import dev.imagegate.localcloud.wire.PercentEncoding;
import dev.imagegate.localcloud.wire.TextResponse;
import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * S3Mock's answer to a listing, read back as XML for the local cloud to answer as S3
 * does.
 */
final class S3MockListing {

	private S3MockListing() {
	}

	/**
	 * The listing S3Mock answers to {@code request}; null when it answered an error,
	 * which is then written to {@code response} as it is.
	 */
	static Element fetch(HttpServletRequest request, HttpServletResponse response, EmbeddedS3Mock s3Mock,
			String rootName) throws IOException, ServletException {
		CapturedResponse captured = new CapturedResponse();
		s3Mock.serve(request, captured);
		S3Answer answer = captured.answer();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		answer.writeBody(body);
		if (answer.status() != 200) {
			TextResponse.write(response, answer.status(), "application/xml", body.toString(StandardCharsets.UTF_8));
			return null;
		}
		return S3Xml.parse(body.toByteArray(), rootName);
	}

	static String encoded(String value, boolean urlEncoded) {
		return (value == null || !urlEncoded) ? value : PercentEncoding.encode(value);
	}

	static void copy(Element element, XmlWriter xml) {
		List<Element> children = elements(element);
		if (children.isEmpty()) {
			xml.element(element.getLocalName(), element.getTextContent());
			return;
		}
		xml.start(element.getLocalName());
		children.forEach((child) -> copy(child, xml));
		xml.end();
	}

	static List<Element> elements(Element parent) {
		List<Element> elements = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				elements.add(element);
			}
		}
		return elements;
	}

}

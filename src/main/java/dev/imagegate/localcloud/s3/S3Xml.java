package dev.imagegate.localcloud.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * Request bodies of the S3 subresources the local cloud handles itself, read with a real
 * XML parser: no DOCTYPE, no entities, nothing fetched. Anything that is not well-formed
 * or not the expected shape is S3's {@code MalformedXML}, and the caller changes nothing.
 */
final class S3Xml {

	static final String MALFORMED_MESSAGE = "The XML you provided was not well-formed "
			+ "or did not validate against our published schema";

	private static final DocumentBuilderFactory FACTORY = factory();

	private static final ErrorHandler SILENT = new ErrorHandler() {
		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}
	};

	private S3Xml() {
	}

	/** The document's root element, which must be named {@code rootName}. */
	static Element parse(byte[] body, String rootName) {
		if (body.length == 0) {
			throw new CloudException(400, "MissingRequestBodyError", "Request Body is empty");
		}
		Element root;
		try {
			DocumentBuilder builder = FACTORY.newDocumentBuilder();
			// The JDK's default handler prints each parse error to stderr: a client could
			// fill the log.
			builder.setErrorHandler(SILENT);
			root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
		}
		catch (SAXException | IOException | ParserConfigurationException ex) {
			throw malformed();
		}
		if (!rootName.equals(root.getLocalName())) {
			throw malformed();
		}
		return root;
	}

	/**
	 * The child elements, refusing text beside them and elements not in {@code allowed}.
	 */
	static List<Element> children(Element parent, String... allowed) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				if (!List.of(allowed).contains(element.getLocalName())) {
					throw malformed();
				}
				children.add(element);
			}
			else if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
				throw malformed();
			}
		}
		return children;
	}

	/** The one child element of that name; none or several are malformed. */
	static Element only(Element parent, String name) {
		Element found = null;
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (!(node instanceof Element child) || !name.equals(child.getLocalName())) {
				continue;
			}
			if (found != null) {
				throw malformed();
			}
			found = child;
		}
		if (found == null) {
			throw malformed();
		}
		return found;
	}

	/** The text of an element that holds only text. */
	static String text(Element element) {
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element) {
				throw malformed();
			}
		}
		return element.getTextContent();
	}

	static CloudException malformed() {
		return new CloudException(400, "MalformedXML", MALFORMED_MESSAGE);
	}

	private static DocumentBuilderFactory factory() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser cannot be made safe", ex);
		}
		return factory;
	}

}

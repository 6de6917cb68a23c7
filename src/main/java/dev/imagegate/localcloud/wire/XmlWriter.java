package dev.imagegate.localcloud.wire;

import java.util.ArrayDeque;
import java.util.Deque;

/** Writes well-formed XML, escaping every text value; nothing here knows a service. */
public final class XmlWriter {

	private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

	private final Deque<String> open = new ArrayDeque<>();

	public XmlWriter start(String name) {
		return start(name, null);
	}

	public XmlWriter start(String name, String namespace) {
		xml.append('<').append(name);
		if (namespace != null) {
			xml.append(" xmlns=\"").append(escape(namespace)).append('"');
		}
		xml.append('>');
		open.push(name);
		return this;
	}

	public XmlWriter end() {
		xml.append("</").append(open.pop()).append('>');
		return this;
	}

	/**
	 * An element with text; nothing at all when the value is null (absent members are
	 * left out).
	 */
	public XmlWriter element(String name, Object value) {
		if (value != null) {
			xml.append('<')
				.append(name)
				.append('>')
				.append(escape(value.toString()))
				.append("</")
				.append(name)
				.append('>');
		}
		return this;
	}

	/**
	 * Text inside the element that is open, e.g. a {@code <member>} of a list of strings.
	 */
	public XmlWriter text(String value) {
		xml.append(escape(value));
		return this;
	}

	@Override
	public String toString() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("Unclosed elements: " + open);
		}
		return xml.toString();
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				// Carriage returns would be normalised away by XML parsers: keep them as
				// a reference.
				case '\r' -> out.append("&#13;");
				default -> {
					// Control characters other than tab and newline are not allowed in
					// XML 1.0 at all.
					if (c >= 0x20 || c == '\t' || c == '\n') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}

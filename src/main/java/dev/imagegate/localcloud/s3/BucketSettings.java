package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.localcloud.store.JsonStateFile;
import dev.imagegate.localcloud.wire.TextResponse;

/**
 * Bucket subresources S3Mock does not implement: Block Public Access
 * ({@code ?publicAccessBlock}) and bucket tags ({@code ?tagging}). As on AWS since April
 * 2023, a new bucket has all four Block Public Access settings on; a deleted configuration
 * answers {@code NoSuchPublicAccessBlockConfiguration}, a bucket without tags
 * {@code NoSuchTagSet}.
 */
class BucketSettings {

	private static final String[] BLOCK_SETTINGS = { "BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy",
			"RestrictPublicBuckets" };

	private static final Pattern SETTING = Pattern
		.compile("<(BlockPublicAcls|IgnorePublicAcls|BlockPublicPolicy|RestrictPublicBuckets)>\\s*(true|false)\\s*</\\1>");

	private static final Pattern TAG = Pattern
		.compile("<Tag>\\s*<Key>(.*?)</Key>\\s*<Value>(.*?)</Value>\\s*</Tag>", Pattern.DOTALL);

	private static final String NAMESPACE = " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

	private final JsonStateFile<State> file;

	private final State state;

	BucketSettings(JsonStateFile<State> file) {
		this.file = file;
		this.state = file.load(State::new);
	}

	/** The subresource a bucket-level request is for, or null when it is S3Mock's business. */
	static String subresource(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String name : new String[] { "publicAccessBlock", "tagging" }) {
			if (query.equals(name) || query.startsWith(name + "&") || query.startsWith(name + "=")) {
				return name;
			}
		}
		return null;
	}

	synchronized void handle(String bucket, String subresource, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		String method = request.getMethod();
		boolean tagging = subresource.equals("tagging");
		switch (method) {
			case "GET" -> {
				if (tagging) {
					getTags(bucket, response);
				}
				else {
					getPublicAccessBlock(bucket, response);
				}
			}
			case "PUT" -> {
				String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (tagging ? !body.contains("<Tagging") : !body.contains("PublicAccessBlockConfiguration")) {
					S3Proxy.writeError(response, 400, "MalformedXML",
							"The XML you provided was not well-formed or did not validate against our published schema");
					return;
				}
				if (tagging) {
					state.tags.put(bucket, parseTags(body));
				}
				else {
					state.publicAccessBlocks.put(bucket, parseSettings(body));
				}
				file.save(state);
				response.setStatus(tagging ? 204 : 200);
			}
			case "DELETE" -> {
				if (tagging) {
					state.tags.remove(bucket);
				}
				else {
					state.publicAccessBlocks.put(bucket, null);
				}
				file.save(state);
				response.setStatus(204);
			}
			default -> S3Proxy.writeError(response, 405, "MethodNotAllowed",
					"The specified method is not allowed against this resource.");
		}
	}

	/** A deleted bucket forgets its settings; a bucket made again starts private and untagged. */
	synchronized void forget(String bucket) {
		boolean known = state.publicAccessBlocks.containsKey(bucket) | state.tags.containsKey(bucket);
		if (known) {
			state.publicAccessBlocks.remove(bucket);
			state.tags.remove(bucket);
			file.save(state);
		}
	}

	private void getPublicAccessBlock(String bucket, HttpServletResponse response) throws IOException {
		if (state.publicAccessBlocks.containsKey(bucket) && state.publicAccessBlocks.get(bucket) == null) {
			S3Proxy.writeError(response, 404, "NoSuchPublicAccessBlockConfiguration",
					"The public access block configuration was not found");
			return;
		}
		Map<String, Boolean> settings = state.publicAccessBlocks.get(bucket);
		StringBuilder xml = new StringBuilder("<PublicAccessBlockConfiguration" + NAMESPACE + ">");
		for (String name : BLOCK_SETTINGS) {
			boolean on = (settings == null) || settings.getOrDefault(name, false);
			xml.append('<').append(name).append('>').append(on).append("</").append(name).append('>');
		}
		writeXml(response, xml.append("</PublicAccessBlockConfiguration>").toString());
	}

	private void getTags(String bucket, HttpServletResponse response) throws IOException {
		Map<String, String> tags = state.tags.get(bucket);
		if (tags == null || tags.isEmpty()) {
			S3Proxy.writeError(response, 404, "NoSuchTagSet", "The TagSet does not exist");
			return;
		}
		StringBuilder xml = new StringBuilder("<Tagging" + NAMESPACE + "><TagSet>");
		tags.forEach((key, value) -> xml.append("<Tag><Key>")
			.append(S3Proxy.escape(key))
			.append("</Key><Value>")
			.append(S3Proxy.escape(value))
			.append("</Value></Tag>"));
		writeXml(response, xml.append("</TagSet></Tagging>").toString());
	}

	private static Map<String, Boolean> parseSettings(String body) {
		Map<String, Boolean> settings = new TreeMap<>();
		Matcher m = SETTING.matcher(body);
		while (m.find()) {
			settings.put(m.group(1), Boolean.parseBoolean(m.group(2)));
		}
		return settings;
	}

	private static Map<String, String> parseTags(String body) {
		Map<String, String> tags = new LinkedHashMap<>();
		Matcher m = TAG.matcher(body);
		while (m.find()) {
			tags.put(unescape(m.group(1)), unescape(m.group(2)));
		}
		return tags;
	}

	private static String unescape(String xml) {
		return xml.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&apos;", "'")
			.replace("&amp;", "&");
	}

	private static void writeXml(HttpServletResponse response, String xml) throws IOException {
		TextResponse.write(response, 200, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml);
	}

	/**
	 * Per bucket: its Block Public Access settings (absent: all on; null: deleted) and its
	 * tags.
	 */
	static class State {

		public Map<String, Map<String, Boolean>> publicAccessBlocks = new TreeMap<>();

		public Map<String, Map<String, String>> tags = new TreeMap<>();

	}

}

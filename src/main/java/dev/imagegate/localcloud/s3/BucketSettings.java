package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3c.dom.Element;

import dev.imagegate.localcloud.store.JsonStateFile;
import dev.imagegate.localcloud.wire.AwsTags;
import dev.imagegate.http.BodyLimit;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.TextResponse;
import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * Bucket subresources S3Mock does not implement: Block Public Access
 * ({@code ?publicAccessBlock}), bucket tags ({@code ?tagging}) and the bucket policy
 * ({@code ?policy}). As on AWS since April 2023, a new bucket has all four Block Public
 * Access settings on; a deleted configuration answers
 * {@code NoSuchPublicAccessBlockConfiguration}, a bucket without tags
 * {@code NoSuchTagSet}. Bodies are parsed as XML and checked whole before anything
 * changes.
 */
class BucketSettings {

	/**
	 * No byte limit is documented for these bodies; 50 tags of the longest keys and
	 * values fit many times over.
	 */
	static final int MAX_BODY = 1024 * 1024;

	private static final List<String> BLOCK_SETTINGS = List.of("BlockPublicAcls", "IgnorePublicAcls",
			"BlockPublicPolicy", "RestrictPublicBuckets");

	static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

	private final JsonStateFile<State> file;

	private final State state;

	BucketSettings(JsonStateFile<State> file) {
		this.file = file;
		this.state = file.load(State::new);
	}

	/**
	 * The subresource a bucket-level request is for, or null when it is S3Mock's
	 * business.
	 */
	static String subresource(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String name : new String[] { "publicAccessBlock", "tagging", "policy" }) {
			if (query.equals(name) || query.startsWith(name + "&") || query.startsWith(name + "=")) {
				return name;
			}
		}
		return null;
	}

	void handle(String bucket, String subresource, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (subresource.equals("policy")) {
			policy(bucket, request, response);
			return;
		}
		boolean tagging = subresource.equals("tagging");
		switch (request.getMethod()) {
			case "GET" -> {
				String xml = tagging ? tags(bucket) : publicAccessBlock(bucket);
				TextResponse.write(response, 200, "application/xml", xml);
			}
			case "PUT" -> {
				byte[] body = BodyLimit.readAll(request, MAX_BODY);
				if (tagging) {
					putTags(bucket, parseTags(body));
					response.setStatus(204);
				}
				else {
					putPublicAccessBlock(bucket, parseSettings(body));
					response.setStatus(200);
				}
			}
			case "DELETE" -> {
				delete(bucket, tagging);
				response.setStatus(204);
			}
			default -> throw new CloudException(405, "MethodNotAllowed",
					"The specified method is not allowed against this resource.");
		}
	}

	/**
	 * Get/Put/DeleteBucketPolicy: the document is kept as sent and checked only for being
	 * JSON (S3's {@code MalformedPolicy}); it grants nothing here, since signatures are
	 * not verified.
	 */
	private void policy(String bucket, HttpServletRequest request, HttpServletResponse response) throws IOException {
		switch (request.getMethod()) {
			case "GET" -> TextResponse.write(response, 200, "application/json", storedPolicy(bucket));
			case "PUT" -> {
				String policy = BucketPolicyDocument.check(BodyLimit.readAll(request, MAX_BODY));
				synchronized (this) {
					state.policies.put(bucket, policy);
					file.save(state);
				}
				response.setStatus(204);
			}
			case "DELETE" -> {
				synchronized (this) {
					if (state.policies.remove(bucket) != null) {
						file.save(state);
					}
				}
				response.setStatus(204);
			}
			default -> throw new CloudException(405, "MethodNotAllowed",
					"The specified method is not allowed against this resource.");
		}
	}

	private synchronized String storedPolicy(String bucket) {
		String policy = state.policies.get(bucket);
		if (policy == null) {
			throw new CloudException(404, "NoSuchBucketPolicy", "The bucket policy does not exist")
				.withDetail("BucketName", bucket);
		}
		return policy;
	}

	private synchronized void putTags(String bucket, Map<String, String> tags) {
		if (tags.isEmpty()) {
			state.tags.remove(bucket);
		}
		else {
			state.tags.put(bucket, tags);
		}
		file.save(state);
	}

	private synchronized void putPublicAccessBlock(String bucket, Map<String, Boolean> settings) {
		state.publicAccessBlocks.put(bucket, settings);
		file.save(state);
	}

	private synchronized void delete(String bucket, boolean tagging) {
		if (tagging) {
			state.tags.remove(bucket);
		}
		else {
			state.publicAccessBlocks.put(bucket, null);
		}
		file.save(state);
	}

	/**
	 * A deleted bucket forgets its settings; a bucket made again starts private and
	 * untagged.
	 */
	synchronized void forget(String bucket) {
		boolean known = state.publicAccessBlocks.containsKey(bucket) | state.tags.containsKey(bucket)
				| state.policies.containsKey(bucket);
		if (known) {
			state.publicAccessBlocks.remove(bucket);
			state.tags.remove(bucket);
			state.policies.remove(bucket);
			file.save(state);
		}
	}

	private synchronized String publicAccessBlock(String bucket) {
		if (state.publicAccessBlocks.containsKey(bucket) && state.publicAccessBlocks.get(bucket) == null) {
			throw new CloudException(404, "NoSuchPublicAccessBlockConfiguration",
					"The public access block configuration was not found")
				.withDetail("BucketName", bucket);
		}
		Map<String, Boolean> settings = state.publicAccessBlocks.get(bucket);
		XmlWriter xml = new XmlWriter().start("PublicAccessBlockConfiguration", NAMESPACE);
		for (String name : BLOCK_SETTINGS) {
			xml.element(name, (settings == null) || settings.getOrDefault(name, false));
		}
		return xml.end().toString();
	}

	private synchronized String tags(String bucket) {
		Map<String, String> tags = state.tags.get(bucket);
		if (tags == null || tags.isEmpty()) {
			throw new CloudException(404, "NoSuchTagSet", "The TagSet does not exist").withDetail("BucketName", bucket);
		}
		XmlWriter xml = new XmlWriter().start("Tagging", NAMESPACE).start("TagSet");
		tags.forEach((key, value) -> xml.start("Tag").element("Key", key).element("Value", value).end());
		return xml.end().end().toString();
	}

	/** Omitted settings are false, as on AWS; a configuration naming none is refused. */
	static Map<String, Boolean> parseSettings(byte[] body) {
		Element root = S3Xml.parse(body, "PublicAccessBlockConfiguration");
		Map<String, Boolean> settings = new TreeMap<>();
		for (Element setting : S3Xml.children(root, BLOCK_SETTINGS.toArray(String[]::new))) {
			Boolean on = switch (S3Xml.text(setting).trim()) {
				case "true", "1" -> Boolean.TRUE;
				case "false", "0" -> Boolean.FALSE;
				default -> throw S3Xml.malformed();
			};
			if (settings.put(setting.getLocalName(), on) != null) {
				throw S3Xml.malformed();
			}
		}
		if (settings.isEmpty()) {
			throw new CloudException(400, "InvalidRequest", "Must specify at least one configuration.");
		}
		return settings;
	}

	/**
	 * S3's tag rules, each tag checked in order and the first bad one refused, then the
	 * count (S3 words these as PutBucketTagging does, which differs from object tagging).
	 */
	static Map<String, String> parseTags(byte[] body) {
		Element tagSet = S3Xml.only(S3Xml.parse(body, "Tagging"), "TagSet");
		Map<String, String> tags = new LinkedHashMap<>();
		for (Element tag : S3Xml.children(tagSet, "Tag")) {
			S3Xml.children(tag, "Key", "Value");
			String key = S3Xml.text(S3Xml.only(tag, "Key"));
			String value = S3Xml.text(S3Xml.only(tag, "Value"));
			if (!AwsTags.isValidKey(key)) {
				CloudException invalid = new CloudException(400, "InvalidTag",
						"The TagKey you have provided is invalid");
				throw key.isEmpty() ? invalid : invalid.withDetail("TagKey", key);
			}
			if (!AwsTags.isValidValue(value)) {
				throw new CloudException(400, "InvalidTag", "The TagValue you have provided is invalid")
					.withDetail("TagKey", key)
					.withDetail("TagValue", value);
			}
			if (AwsTags.isReserved(key)) {
				throw new CloudException(400, "InvalidTag", "System tags cannot be added/updated by requester")
					.withDetail("TagKey", key);
			}
			if (tags.put(key, value) != null) {
				throw new CloudException(400, "InvalidTag", "Cannot provide multiple Tags with the same key")
					.withDetail("TagKey", key);
			}
		}
		if (tags.size() > AwsTags.MAX_TAGS) {
			throw new CloudException(400, "BadRequest", "Bucket tag count cannot be greater than " + AwsTags.MAX_TAGS);
		}
		return tags;
	}

	/**
	 * Per bucket: its Block Public Access settings (absent: all on; null: deleted), its
	 * tags and its policy.
	 */
	static class State {

		public Map<String, Map<String, Boolean>> publicAccessBlocks = new TreeMap<>();

		public Map<String, Map<String, String>> tags = new TreeMap<>();

		public Map<String, String> policies = new TreeMap<>();

	}

}

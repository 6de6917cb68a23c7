package dev.imagegate.localcloud.s3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.localcloud.store.JsonStateFile;

/**
 * S3's bucket-level Block Public Access ({@code ?publicAccessBlock}), which S3Mock does not
 * implement. As on AWS since April 2023, a new bucket has all four settings on; a deleted
 * configuration answers {@code NoSuchPublicAccessBlockConfiguration}.
 */
class PublicAccessBlocks {

	private static final Pattern SETTING = Pattern
		.compile("<(BlockPublicAcls|IgnorePublicAcls|BlockPublicPolicy|RestrictPublicBuckets)>\\s*(true|false)\\s*</\\1>");

	private final JsonStateFile<State> file;

	private final State state;

	PublicAccessBlocks(JsonStateFile<State> file) {
		this.file = file;
		this.state = file.load(State::new);
	}

	static boolean isPublicAccessBlockRequest(HttpServletRequest request) {
		String query = request.getQueryString();
		return query != null && (query.equals("publicAccessBlock") || query.startsWith("publicAccessBlock&")
				|| query.startsWith("publicAccessBlock="));
	}

	synchronized void handle(String bucket, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		switch (request.getMethod()) {
			case "GET" -> get(bucket, response);
			case "PUT" -> put(bucket, new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
					response);
			case "DELETE" -> {
				state.buckets.put(bucket, null);
				file.save(state);
				response.setStatus(204);
			}
			default -> S3Proxy.writeError(response, 405, "MethodNotAllowed",
					"The specified method is not allowed against this resource.");
		}
	}

	/** A deleted bucket forgets its settings; a bucket made again starts with all four on. */
	synchronized void forget(String bucket) {
		if (state.buckets.containsKey(bucket)) {
			state.buckets.remove(bucket);
			file.save(state);
		}
	}

	private void get(String bucket, HttpServletResponse response) throws IOException {
		if (state.buckets.containsKey(bucket) && state.buckets.get(bucket) == null) {
			S3Proxy.writeError(response, 404, "NoSuchPublicAccessBlockConfiguration",
					"The public access block configuration was not found");
			return;
		}
		Map<String, Boolean> settings = state.buckets.get(bucket);
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PublicAccessBlockConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
		for (String name : new String[] { "BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy",
				"RestrictPublicBuckets" }) {
			boolean on = (settings == null) || settings.getOrDefault(name, false);
			xml.append('<').append(name).append('>').append(on).append("</").append(name).append('>');
		}
		xml.append("</PublicAccessBlockConfiguration>");
		byte[] body = xml.toString().getBytes(StandardCharsets.UTF_8);
		response.setStatus(200);
		response.setContentType("application/xml");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private void put(String bucket, String body, HttpServletResponse response) throws IOException {
		if (!body.contains("PublicAccessBlockConfiguration")) {
			S3Proxy.writeError(response, 400, "MalformedXML",
					"The XML you provided was not well-formed or did not validate against our published schema");
			return;
		}
		Map<String, Boolean> settings = new TreeMap<>();
		Matcher m = SETTING.matcher(body);
		while (m.find()) {
			settings.put(m.group(1), Boolean.parseBoolean(m.group(2)));
		}
		state.buckets.put(bucket, settings);
		file.save(state);
		response.setStatus(200);
		response.setContentLength(0);
	}

	/** Bucket name to its four settings; a null value means the configuration was deleted. */
	static class State {

		public Map<String, Map<String, Boolean>> buckets = new TreeMap<>();

	}

}

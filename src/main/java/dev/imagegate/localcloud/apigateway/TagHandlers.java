package dev.imagegate.localcloud.apigateway;

import java.util.List;
import java.util.Map;

/** The wire side of tags; the ARN arrives percent-encoded in one path segment. */
final class TagHandlers {

	private static final String TAGS = "/tags/{resource_arn}";

	private final TagService service;

	TagHandlers(TagService service) {
		this.service = service;
	}

	void register(Router router) {
		router.add("PUT", TAGS, "TagResource", (call) -> {
			Map<String, String> tags = call.stringMap("tags");
			if (tags == null) {
				throw Errors.badRequest("tags must not be empty");
			}
			service.tag(call.path("resource_arn"), tags);
			return Reply.noContent();
		}).add("DELETE", TAGS, "UntagResource", (call) -> {
			List<String> keys = call.queryAll("tagKeys");
			if (keys.isEmpty()) {
				throw Errors.badRequest("tagKeys must not be empty");
			}
			service.untag(call.path("resource_arn"), keys);
			return Reply.noContent();
		}).add("GET", TAGS, "GetTags", (call) -> Reply.ok(Map.of("tags", service.get(call.path("resource_arn")))));
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.query.QueryRequest;

/**
 * What CreateStack, UpdateStack and CreateChangeSet take alike: a template, parameters,
 * capabilities, tags.
 */
record StackInput(String templateBody, boolean usePreviousTemplate, List<StackParameters.Given> parameters,
		List<String> capabilities, Map<String, String> tags, boolean disableRollback) {

	/** The request's stack input, a TemplateURL's template read from S3. */
	static StackInput from(QueryRequest query, TemplateUrls templates) {
		String body = query.optional("TemplateBody");
		if (body == null && query.optional("TemplateURL") != null) {
			body = templates.read(query.optional("TemplateURL"));
		}
		Map<String, String> tags = new LinkedHashMap<>();
		for (int i = 1; query.optional("Tags.member." + i + ".Key") != null; i++) {
			tags.put(query.optional("Tags.member." + i + ".Key"), query.optional("Tags.member." + i + ".Value"));
		}
		return new StackInput(body, "true".equalsIgnoreCase(query.optional("UsePreviousTemplate")),
				StackParameters.from(query), query.members("Capabilities"), tags,
				"true".equalsIgnoreCase(query.optional("DisableRollback")));
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.imagegate.localcloud.query.QueryRequest;

/** What CreateStack, UpdateStack and CreateChangeSet take alike: a template, parameters, capabilities, tags. */
record StackInput(String templateBody, boolean usePreviousTemplate, List<StackParameters.Given> parameters,
		List<String> capabilities, Map<String, String> tags, boolean disableRollback) {

	static StackInput from(QueryRequest query) {
		if (query.optional("TemplateURL") != null) {
			throw TemplateErrors.validation(
					"The local cloud does not fetch templates from S3: send the template as TemplateBody.");
		}
		Map<String, String> tags = new LinkedHashMap<>();
		for (int i = 1; query.optional("Tags.member." + i + ".Key") != null; i++) {
			tags.put(query.optional("Tags.member." + i + ".Key"), query.optional("Tags.member." + i + ".Value"));
		}
		return new StackInput(query.optional("TemplateBody"), "true".equalsIgnoreCase(query.optional("UsePreviousTemplate")),
				StackParameters.from(query), query.members("Capabilities"), tags,
				"true".equalsIgnoreCase(query.optional("DisableRollback")));
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.apigateway.model.Stage;

/**
 * TagResource, UntagResource, GetTags on REST APIs and stages, addressed by ARN:
 * {@code arn:aws:apigateway:{region}::/restapis/{id}[/stages/{name}]}.
 */
class TagService {

	private static final Pattern ARN = Pattern
		.compile("arn:aws[a-z-]*:apigateway:([a-z0-9-]+)::/restapis/([^/]+)(?:/stages/([^/]+))?");

	private final ApiGatewayStore store;

	private final String accountId;

	private final String region;

	TagService(ApiGatewayStore store, String accountId, String region) {
		this.store = store;
		this.accountId = accountId;
		this.region = region;
	}

	Map<String, String> get(String arn) {
		Matcher target = parse(arn);
		return store.read((state) -> {
			Map<String, String> tags = tagsOf(state, target);
			return (tags != null) ? tags : Map.of();
		});
	}

	void tag(String arn, Map<String, String> tags) {
		Matcher target = parse(arn);
		ApiGatewayTags.check(tags);
		change(target, (current) -> {
			current.putAll(tags);
			ApiGatewayTags.check(current);
		});
	}

	void untag(String arn, List<String> keys) {
		Matcher target = parse(arn);
		change(target, (current) -> keys.forEach(current::remove));
	}

	private void change(Matcher target, Consumer<Map<String, String>> edit) {
		store.write((state) -> {
			Map<String, String> tags = new LinkedHashMap<>();
			Map<String, String> current = tagsOf(state, target);
			if (current != null) {
				tags.putAll(current);
			}
			edit.accept(tags);
			Map<String, String> result = tags.isEmpty() ? null : tags;
			if (target.group(3) == null) {
				state.api(accountId, target.group(2)).api.tags = result;
			}
			else {
				state.api(accountId, target.group(2)).stage(target.group(3)).tags = result;
			}
			return null;
		});
	}

	private Map<String, String> tagsOf(ApiGatewayState state, Matcher target) {
		ApiRecord api = state.api(accountId, target.group(2));
		if (target.group(3) == null) {
			return api.api.tags;
		}
		Stage stage = api.stage(target.group(3));
		return stage.tags;
	}

	private Matcher parse(String arn) {
		Matcher matcher = ARN.matcher(arn);
		if (!matcher.matches()) {
			throw Errors.badRequest("Invalid resource ARN specified: " + arn + ". Tags are supported on "
					+ "arn:aws:apigateway:" + region + "::/restapis/{id} and .../restapis/{id}/stages/{name}");
		}
		return matcher;
	}

}

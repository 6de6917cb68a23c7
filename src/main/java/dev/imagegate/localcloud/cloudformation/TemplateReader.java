package dev.imagegate.localcloud.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * A template body, JSON or YAML, as plain maps and lists. YAML's short forms
 * ({@code !Ref x}, {@code !GetAtt a.b}, {@code !Sub ...}) become the long forms JSON
 * templates use, so that everything after this class sees one shape.
 */
final class TemplateReader {

	/**
	 * The short-form tags CloudFormation's YAML knows; each is {@code Fn::Name} except
	 * Ref and Condition.
	 */
	private static final List<String> SHORT_FORMS = List.of("Ref", "Condition", "GetAtt", "Sub", "Join", "Select",
			"Split", "If", "Equals", "Not", "And", "Or", "Base64", "GetAZs", "FindInMap", "ImportValue", "Cidr",
			"Length", "ToJsonString");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TemplateReader() {
	}

	static Map<String, Object> read(String body) {
		Object tree = body.stripLeading().startsWith("{") ? readJson(body) : readYaml(body);
		if (!(tree instanceof Map<?, ?> map)) {
			throw TemplateErrors.format("unsupported structure.");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> template = (Map<String, Object>) map;
		return template;
	}

	private static Object readJson(String body) {
		try {
			return JSON.readValue(body, LinkedHashMap.class);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			throw TemplateErrors.format("JSON not well-formed. (line " + ((at != null) ? at.getLineNr() : 1)
					+ ",  column " + ((at != null) ? at.getColumnNr() : 1) + ")");
		}
	}

	private static Object readYaml(String body) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		try {
			return new Yaml(new ShortFormConstructor(options)).load(body);
		}
		catch (MarkedYAMLException ex) {
			Mark at = ex.getProblemMark();
			throw TemplateErrors.format("YAML not well-formed. (line " + ((at != null) ? at.getLine() + 1 : 1)
					+ ", column " + ((at != null) ? at.getColumn() + 1 : 1) + ")");
		}
		catch (YAMLException ex) {
			throw TemplateErrors.format("YAML not well-formed. (line 1, column 1)");
		}
	}

	/**
	 * SnakeYAML's safe constructor, with the short forms and without YAML 1.1's dates
	 * (Version: 2012-10-17 is a string).
	 */
	private static final class ShortFormConstructor extends SafeConstructor {

		ShortFormConstructor(LoaderOptions options) {
			super(options);
			this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
			for (String name : SHORT_FORMS) {
				this.yamlConstructors.put(new Tag("!" + name), new ShortForm(name));
			}
		}

		private final class ShortForm extends AbstractConstruct {

			private final String name;

			ShortForm(String name) {
				this.name = name;
			}

			@Override
			public Object construct(Node node) {
				Object value;
				if (node instanceof ScalarNode scalar) {
					value = constructScalar(scalar);
				}
				else if (node instanceof SequenceNode sequence) {
					value = new ArrayList<>(constructSequence(sequence));
				}
				else {
					value = new LinkedHashMap<>(constructMapping((MappingNode) node));
				}
				if (name.equals("GetAtt") && value instanceof String dotted) {
					value = Intrinsics.splitGetAtt(dotted);
				}
				String key = (name.equals("Ref") || name.equals("Condition")) ? name : "Fn::" + name;
				Map<String, Object> function = new LinkedHashMap<>();
				function.put(key, value);
				return function;
			}

		}

	}

}

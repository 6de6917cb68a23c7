package dev.imagegate.localcloud.cloudformation;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.imagegate.localcloud.wire.CloudException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates as CloudFormation reads them (the template anatomy and intrinsic function
 * reference pages of the CloudFormation User Guide), and the template errors it answers,
 * word for word (LocalStack's AWS-recorded cloudformation snapshots, the AWS CLI's and
 * SDKs' recorded errors).
 */
class TemplateTest {

	private static final ResourceTypes TYPES = ResourceTypes.all(null);

	private static final String BUCKET = "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n";

	static Stream<Arguments> shortForms() {
		return Stream.of(Arguments.of("!Ref", "Name: !Ref Bucket", Map.of("Ref", "Bucket")),
				Arguments.of("!GetAtt dotted", "Name: !GetAtt Bucket.Arn",
						Map.of("Fn::GetAtt", List.of("Bucket", "Arn"))),
				Arguments.of("!GetAtt list", "Name: !GetAtt [Bucket, Arn]",
						Map.of("Fn::GetAtt", List.of("Bucket", "Arn"))),
				Arguments.of("!Sub", "Name: !Sub '${Bucket}-x'", Map.of("Fn::Sub", "${Bucket}-x")),
				Arguments.of("!Sub with a map", "Name: !Sub ['${A}', {A: b}]",
						Map.of("Fn::Sub", List.of("${A}", Map.of("A", "b")))),
				Arguments.of("!Join", "Name: !Join ['-', [a, !Ref Bucket]]",
						Map.of("Fn::Join", List.of("-", List.of("a", Map.of("Ref", "Bucket"))))),
				Arguments.of("YAML dates stay strings (policy Version)", "Name: 2012-10-17", "2012-10-17"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void shortForms(String label, String property, Object expected) {
		Template template = Template
			.parse(BUCKET + "  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      " + property + "\n", TYPES);

		assertThat(template.resources().get("Role").properties().get("Name")).isEqualTo(expected);
	}

	static Stream<Arguments> intrinsics() {
		return Stream.of(Arguments.of("Ref of a resource is its physical id", Map.of("Ref", "Bucket"), "my-bucket"),
				Arguments.of("Ref of a parameter", Map.of("Ref", "Stage"), "v1"),
				Arguments.of("Ref of a pseudo parameter", Map.of("Ref", "AWS::Region"), "us-east-1"),
				Arguments.of("Fn::GetAtt list", Map.of("Fn::GetAtt", List.of("Bucket", "Arn")),
						"arn:aws:s3:::my-bucket"),
				Arguments.of("Fn::GetAtt dotted string", Map.of("Fn::GetAtt", "Bucket.Arn"), "arn:aws:s3:::my-bucket"),
				Arguments.of("Fn::Sub of refs, attributes and pseudo parameters",
						Map.of("Fn::Sub", "${AWS::StackName}/${Bucket}/${Bucket.Arn}/${Stage}"),
						"stack/my-bucket/arn:aws:s3:::my-bucket/v1"),
				Arguments.of("Fn::Sub with a variable map",
						Map.of("Fn::Sub", List.of("${Key}-${Stage}", Map.of("Key", Map.of("Ref", "Bucket")))),
						"my-bucket-v1"),
				Arguments.of("Fn::Sub ${!Literal} stays literal", Map.of("Fn::Sub", "${!Literal}"), "${Literal}"),
				Arguments.of("Fn::Join", Map.of("Fn::Join", List.of(":", List.of("a", Map.of("Ref", "Stage")))),
						"a:v1"),
				Arguments.of("Fn::Select of Fn::Split",
						Map.of("Fn::Select", List.of("1", Map.of("Fn::Split", List.of(",", "a,b,c")))), "b"),
				Arguments.of("Fn::If on a condition", Map.of("Fn::If", List.of("IsV1", "yes", "no")), "yes"),
				Arguments.of("AWS::NoValue drops the member", Map.of("A", Map.of("Ref", "AWS::NoValue"), "B", "b"),
						Map.of("B", "b")),
				Arguments.of("Fn::FindInMap", Map.of("Fn::FindInMap", List.of("Sizes", "v1", "Burst")), 20));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void intrinsics(String label, Object fragment, Object expected) {
		Template template = Template.parse("""
				Parameters:
				  Stage: {Type: String, Default: v1}
				Mappings:
				  Sizes: {v1: {Burst: 20}}
				Conditions:
				  IsV1: !Equals [!Ref Stage, v1]
				""" + BUCKET, TYPES);
		StackState.Resource bucket = new StackState.Resource();
		bucket.physicalId = "my-bucket";
		bucket.attributes = Map.of("Arn", "arn:aws:s3:::my-bucket");
		StackScope scope = new StackScope(template, Map.of("Stage", "v1"),
				new PseudoParameters("us-east-1", "000000000000", "stack", "arn:stack"), Map.of("Bucket", bucket),
				TYPES);

		assertThat(scope.resolve(fragment)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "Stage={0}: the conditional bucket is made: {1}")
	@org.junit.jupiter.params.provider.CsvSource({ "v1, true", "v2, false" })
	void aResourceConditionDecidesWhetherItIsMade(String stage, boolean made) {
		Template template = Template.parse("""
				Parameters:
				  Stage: {Type: String}
				Conditions:
				  IsV1: !Equals [!Ref Stage, v1]
				Resources:
				  Bucket:
				    Type: AWS::S3::Bucket
				    Condition: IsV1
				""", TYPES);
		StackScope scope = new StackScope(template, Map.of("Stage", stage),
				new PseudoParameters("us-east-1", "000000000000", "stack", "arn:stack"), Map.of(), TYPES);

		assertThat(scope.includes(template.resources().get("Bucket"))).isEqualTo(made);
	}

	static Stream<Arguments> templateErrors() {
		return Stream.of(
				Arguments.of("JSON not well-formed", "{\"Resources\": {",
						"Template format error: JSON not well-formed. (line 1,  column 16)"),
				Arguments.of("no Resources", "Description: nothing\n",
						"Template format error: At least one Resources member must be defined."),
				Arguments.of("unknown section", "Foo: 1\n" + BUCKET,
						"Template format error: Invalid template property or properties [Foo]"),
				Arguments.of("unknown type", "Resources:\n  Topic:\n    Type: AWS::Foo::Bar\n",
						"Template format error: Unrecognized resource types: [AWS::Foo::Bar]"),
				Arguments.of(
						"a resource that is not an object (test_stacks.snapshot.json: "
								+ "test_linting_error_during_creation)",
						"Resources:\n  Topic: 1\n", "Template format error: Any Resources member must be an object."),
				Arguments.of("resource without a Type", "Resources:\n  Topic:\n    Properties: {}\n",
						"Template format error: [/Resources/Topic] Every Resources object must contain a Type member."),
				Arguments.of("unresolved Ref", BUCKET + "    Properties:\n      BucketName: !Ref Nothing\n",
						"Template format error: Unresolved resource dependencies [Nothing] "
								+ "in the Resources block of the template"),
				Arguments.of("unresolved DependsOn", BUCKET + "    DependsOn: Nothing\n",
						"Template format error: Unresolved resource dependencies [Nothing] "
								+ "in the Resources block of the template"),
				Arguments.of("cycle",
						"Resources:\n  A:\n    Type: AWS::S3::Bucket\n    DependsOn: B\n"
								+ "  B:\n    Type: AWS::S3::Bucket\n    DependsOn: A\n",
						"Circular dependency between resources: [A, B]"),
				Arguments.of("unknown attribute", BUCKET + "Outputs:\n  X:\n    Value: !GetAtt Bucket.Nothing\n",
						"Template error: resource Bucket does not support attribute type Nothing in Fn::GetAtt"),
				Arguments.of("output without Value", BUCKET + "Outputs:\n  X:\n    Description: d\n",
						"Template format error: Every Outputs member must contain a Value object"),
				Arguments.of("unknown parameter type", "Parameters:\n  P: {Type: Strin}\n" + BUCKET,
						"Template format error: Unrecognized parameter type: Strin"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void templateErrors(String label, String body, String message) {
		assertThatThrownBy(() -> Template.parse(body, TYPES)).isInstanceOfSatisfying(CloudException.class, (ex) -> {
			assertThat(ex.code()).isEqualTo("ValidationError");
			assertThat(ex.status()).isEqualTo(400);
			assertThat(ex.getMessage()).isEqualTo(message);
		});
	}

	static Stream<Arguments> parameterErrors() {
		return Stream.of(
				Arguments.of("a value outside AllowedValues", List.of(new StackParameters.Given("Stage", "v9", false)),
						"Parameter 'Stage' must be one of AllowedValues"),
				Arguments.of("no value and no default", List.of(), "Parameters: [Name] must have values"),
				Arguments.of("a parameter the template lacks",
						List.of(new StackParameters.Given("Name", "n", false),
								new StackParameters.Given("Other", "x", false)),
						"Parameters: [Other] do not exist in the template"),
				Arguments.of("a Number that is not one",
						List.of(new StackParameters.Given("Name", "n", false),
								new StackParameters.Given("Burst", "many", false)),
						"Parameter 'Burst' must be a number."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void parameterErrors(String label, List<StackParameters.Given> given, String message) {
		Template template = Template.parse("""
				Parameters:
				  Name: {Type: String}
				  Stage: {Type: String, Default: v1, AllowedValues: [v1, v2]}
				  Burst: {Type: Number, Default: 5}
				""" + BUCKET, TYPES);

		assertThatThrownBy(() -> StackParameters.resolve(template, given, Map.of())).hasMessage(message);
	}

}

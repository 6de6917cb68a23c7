package dev.imagegate.localcloud.iam;

import java.util.List;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.InvalidInputException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Tag;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TagRole, UntagRole and ListRoleTags through the SDK. */
@LocalCloudTest
class IamRoleTagsTest {

	@Autowired
	IamClient iam;

	private static Tag tag(String key, String value) {
		return Tag.builder().key(key).value(value).build();
	}

	@Test
	void tagsUntagsAndListsTags() {
		String name = uniqueName("tags");
		iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY).tags(tag("bucket", "photos")));

		iam.tagRole((r) -> r.roleName(name).tags(tag("imagegate:managed", "true"), tag("BUCKET", "x+y=z @w")));

		assertThat(iam.listRoleTags((r) -> r.roleName(name)).tags()).containsExactly(tag("BUCKET", "x+y=z @w"),
				tag("imagegate:managed", "true"));
		assertThat(iam.getRole((r) -> r.roleName(name)).role().tags()).hasSize(2);

		iam.untagRole((r) -> r.roleName(name).tagKeys("bucket", "not-there"));
		assertThat(iam.listRoleTags((r) -> r.roleName(name)).tags()).containsExactly(tag("imagegate:managed", "true"));
	}

	@Test
	void listsTagsPageByPage() {
		String name = uniqueName("tag-pages");
		iam.createRole((r) -> r.roleName(name)
			.assumeRolePolicyDocument(TRUST_POLICY)
			.tags(tag("a", "1"), tag("b", "2"), tag("c", "3")));

		var first = iam.listRoleTags((r) -> r.roleName(name).maxItems(2));
		var second = iam.listRoleTags((r) -> r.roleName(name).maxItems(2).marker(first.marker()));

		assertThat(first.tags()).extracting(Tag::key).containsExactly("a", "b");
		assertThat(first.isTruncated()).isTrue();
		assertThat(second.tags()).extracting(Tag::key).containsExactly("c");
		assertThat(second.isTruncated()).isFalse();
	}

	@Test
	void tagErrors() {
		String name = uniqueName("tag-errors");
		iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY));

		assertThatThrownBy(() -> iam.tagRole((r) -> r.roleName("no-such-role-t").tags(tag("a", "b"))))
			.isInstanceOfSatisfying(NoSuchEntityException.class, (ex) -> assertThat(ex.statusCode()).isEqualTo(404));
		assertThatThrownBy(() -> iam.untagRole((r) -> r.roleName("no-such-role-t").tagKeys("a")))
			.isInstanceOf(NoSuchEntityException.class);
		assertThatThrownBy(() -> iam.listRoleTags((r) -> r.roleName("no-such-role-t")))
			.isInstanceOf(NoSuchEntityException.class);
		assertThatThrownBy(() -> iam.tagRole((r) -> r.roleName(name).tags(tag("Env", "a"), tag("env", "b"))))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidInput");
				assertThat(ex.statusCode()).isEqualTo(400);
			});
		// Recorded on AWS (LocalStack's test_iam_roles snapshot,
		// TestRoleTags::test_role_tag_errors):
		// tag members are named by position and their values are not quoted.
		List<Tag> tooMany = java.util.stream.IntStream.rangeClosed(1, 51).mapToObj((i) -> tag("k" + i, "v")).toList();
		assertValidationError(() -> iam.tagRole((r) -> r.roleName(name).tags(tooMany)),
				"Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50");
		assertValidationError(() -> iam.tagRole((r) -> r.roleName(name).tags(tag("ok", "v"), tag("", "v"))),
				"Value at 'tags.2.member.key' failed to satisfy constraint: "
						+ "Member must have length greater than or equal to 1");
		assertValidationError(() -> iam.tagRole((r) -> r.roleName(name).tags(tag("k".repeat(129), "v"))),
				"Value at 'tags.1.member.key' failed to satisfy constraint: "
						+ "Member must have length less than or equal to 128");
		assertValidationError(() -> iam.tagRole((r) -> r.roleName(name).tags(tag("k", "v".repeat(257)))),
				"Value at 'tags.1.member.value' failed to satisfy constraint: "
						+ "Member must have length less than or equal to 256");
		assertValidationError(() -> iam.tagRole((r) -> r.roleName(name).tags(tag("a,b", "v"))),
				"Value at 'tags.1.member.key' failed to satisfy constraint: "
						+ "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
		// 50 fit; one more on top of them does not.
		List<Tag> fifty = java.util.stream.IntStream.rangeClosed(1, 50).mapToObj((i) -> tag("k" + i, "v")).toList();
		iam.tagRole((r) -> r.roleName(name).tags(fifty));
		assertThatThrownBy(() -> iam.tagRole((r) -> r.roleName(name).tags(tag("one-more", "v"))))
			.isInstanceOfSatisfying(LimitExceededException.class, (ex) -> {
				assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("LimitExceeded");
				assertThat(ex.statusCode()).isEqualTo(409);
			});
		assertThat(iam.listRoleTags((r) -> r.roleName(name).maxItems(100)).tags()).hasSize(50);
		iam.untagRole((r) -> r.roleName(name).tagKeys(fifty.stream().map(Tag::key).toList()));
		assertThat(iam.listRoleTags((r) -> r.roleName(name)).tags()).isEmpty();
	}

	// Recorded on AWS (LocalStack's test_iam_roles snapshot,
	// TestRoleTags::test_role_tag_errors): UntagRole's
	// keys are checked as one list member; and every request is validated before the role
	// is looked up.
	@Test
	void untagKeyErrors() {
		String name = uniqueName("untag-errors");
		iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY).tags(tag("keep", "v")));
		List<String> tooMany = java.util.stream.IntStream.rangeClosed(1, 51).mapToObj((i) -> "k" + i).toList();
		assertValidationError(() -> iam.untagRole((r) -> r.roleName(name).tagKeys(tooMany)),
				"Value at 'tagKeys' failed to satisfy constraint: Member must have length less than or equal to 50");
		String eachKey = "Value at 'tagKeys' failed to satisfy constraint: Member must satisfy constraint: "
				+ "[Member must have length less than or equal to 128, "
				+ "Member must have length greater than or equal to 1, "
				+ "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+, "
				+ "Member must not be null]";
		assertValidationError(() -> iam.untagRole((r) -> r.roleName(name).tagKeys("k".repeat(129))), eachKey);
		assertValidationError(() -> iam.untagRole((r) -> r.roleName(name).tagKeys("a,b")), eachKey);
		assertValidationError(() -> iam.untagRole((r) -> r.roleName("no-such-role-u").tagKeys("a,b")), eachKey);
		assertValidationError(() -> iam.tagRole((r) -> r.roleName("no-such-role-u").tags(tag("k".repeat(129), "v"))),
				"Value at 'tags.1.member.key' failed to satisfy constraint: "
						+ "Member must have length less than or equal to 128");
		assertThat(iam.listRoleTags((r) -> r.roleName(name)).tags()).containsExactly(tag("keep", "v"));
	}

	private static void assertValidationError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
			String detail) {
		assertThatThrownBy(call).isInstanceOfSatisfying(IamException.class, (ex) -> {
			assertThat(ex.statusCode()).isEqualTo(400);
			assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
			assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: " + detail);
		});
	}

}

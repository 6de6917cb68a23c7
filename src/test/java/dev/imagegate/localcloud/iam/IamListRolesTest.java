package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.stream.IntStream;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ListRoles with PathPrefix, MaxItems and Marker, by hand and through the SDK's
 * paginator.
 */
@LocalCloudTest
class IamListRolesTest {

	@Autowired
	IamClient iam;

	/** Five roles under a path of their own, so other tests' roles never show up. */
	private List<String> createRolesUnder(String path) {
		List<String> names = IntStream.rangeClosed(1, 5).mapToObj((i) -> "list-" + i + "-" + path.hashCode()).toList();
		names.forEach(
				(name) -> iam.createRole((r) -> r.roleName(name).path(path).assumeRolePolicyDocument(TRUST_POLICY)));
		return names;
	}

	@Test
	void pagesThroughRolesWithMaxItemsAndMarker() {
		String path = "/" + uniqueName("pages") + "/";
		List<String> names = createRolesUnder(path);

		ListRolesResponse first = iam.listRoles((r) -> r.pathPrefix(path).maxItems(2));
		assertThat(first.roles()).extracting(Role::roleName).containsExactly(names.get(0), names.get(1));
		assertThat(first.isTruncated()).isTrue();
		assertThat(first.marker()).isNotBlank();

		ListRolesResponse second = iam.listRoles((r) -> r.pathPrefix(path).maxItems(2).marker(first.marker()));
		assertThat(second.roles()).extracting(Role::roleName).containsExactly(names.get(2), names.get(3));

		ListRolesResponse last = iam.listRoles((r) -> r.pathPrefix(path).maxItems(2).marker(second.marker()));
		assertThat(last.roles()).extracting(Role::roleName).containsExactly(names.get(4));
		assertThat(last.isTruncated()).isFalse();
		assertThat(last.marker()).isNull();
		assertThat(last.roles().get(0).path()).isEqualTo(path);
		assertThat(last.roles().get(0).arn()).endsWith(":role" + path + names.get(4));
	}

	@Test
	void thePaginatorFetchesEveryPage() {
		String path = "/" + uniqueName("paginator") + "/";
		List<String> names = createRolesUnder(path);

		var pages = iam.listRolesPaginator((r) -> r.pathPrefix(path).maxItems(2));

		assertThat(pages.stream().count()).isEqualTo(3);
		assertThat(pages.roles().stream().map(Role::roleName).toList()).containsExactlyElementsOf(names);
	}

	@Test
	void pathPrefixFiltersAndRootListsEverything() {
		String path = "/" + uniqueName("prefix") + "/";
		List<String> names = createRolesUnder(path);

		assertThat(iam.listRoles((r) -> r.pathPrefix(path)).roles()).hasSize(5);
		assertThat(iam.listRolesPaginator().roles().stream().map(Role::roleName).toList()).containsAll(names);
		assertThat(iam.listRoles((r) -> r.pathPrefix("/nothing-lives-here/")).roles()).isEmpty();
	}

	@Test
	void maxItemsOutOfRangeIsAValidationError() {
		assertThatThrownBy(() -> iam.listRoles((r) -> r.maxItems(0))).isInstanceOfSatisfying(IamException.class,
				(ex) -> {
					assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
					assertThat(ex.statusCode()).isEqualTo(400);
					assertThat(ex.awsErrorDetails().errorMessage()).contains("at 'maxItems'");
				});
		assertThatThrownBy(() -> iam.listRoles((r) -> r.maxItems(1001))).isInstanceOf(IamException.class);
	}

}

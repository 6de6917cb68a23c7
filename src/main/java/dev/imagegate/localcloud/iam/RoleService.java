package dev.imagegate.localcloud.iam;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.imagegate.localcloud.wire.CloudException;
import tools.jackson.databind.JsonNode;

/** Roles and their tags: IAM's rules for them, raising AWS's errors. */
class RoleService {

	private static final Pattern POLICY_DOCUMENT_TEXT = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");

	static final int MAX_ROLES = 1000;

	static final int MAX_TAGS = 50;

	private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private final IamStore store;

	private final String accountId;

	private final SecureRandom random = new SecureRandom();

	RoleService(IamStore store, String accountId) {
		this.store = store;
		this.accountId = accountId;
	}

	String accountId() {
		return accountId;
	}

	StoredRole create(String name, String path, String trustPolicy, String description, Integer maxSessionDuration,
			String permissionsBoundary, List<Tag> tags) {
		IamValidation.name("RoleName", name, 64);
		String rolePath = (path != null) ? path : "/";
		IamValidation.path("Path", rolePath);
		checkDocumentText("AssumeRolePolicyDocument", trustPolicy);
		List<JsonNode> trust = PolicyDocuments.checkTrust(trustPolicy);
		IamValidation.description(description);
		IamValidation.range("MaxSessionDuration", maxSessionDuration, 3600, 43200);
		if (permissionsBoundary != null) {
			ManagedPolicyService.checkBoundary(permissionsBoundary);
		}
		RoleTagRules.checkTags(tags);
		StoredRole role = new StoredRole(name, newRoleId(), rolePath,
				Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), trustPolicy, description,
				(maxSessionDuration != null) ? maxSessionDuration : 3600, tags, Map.of(), List.of(),
				permissionsBoundary);
		return store.update((roles) -> {
			checkPrincipalsExist(trust, roles);
			if (roles.containsKey(IamState.key(name))) {
				throw new CloudException(409, "EntityAlreadyExists", "Role with name " + name + " already exists.");
			}
			if (roles.size() >= MAX_ROLES) {
				throw new CloudException(409, "LimitExceeded",
						"Cannot exceed quota for RolesPerAccount: " + MAX_ROLES + ".");
			}
			roles.put(IamState.key(name), role);
			return role;
		});
	}

	StoredRole get(String name) {
		IamValidation.name("RoleName", name, 64);
		return require(store.snapshot().roles(), name);
	}

	Page<StoredRole> list(String pathPrefix, String marker, Integer maxItems) {
		String prefix = (pathPrefix != null) ? pathPrefix : "/";
		IamValidation.pathPrefix(prefix);
		List<StoredRole> matching = store.snapshot()
			.roles()
			.values()
			.stream()
			.filter((role) -> role.path().startsWith(prefix))
			.toList();
		return Page.of(matching, (role) -> IamState.key(role.name()), marker, maxItems);
	}

	void delete(String name) {
		IamValidation.name("RoleName", name, 64);
		store.update((roles) -> {
			StoredRole role = require(roles, name);
			if (!role.inlinePolicies().isEmpty()) {
				throw new CloudException(409, "DeleteConflict", "Cannot delete entity, must delete policies first.");
			}
			if (!role.attachedPolicyArns().isEmpty()) {
				throw new CloudException(409, "DeleteConflict",
						"Cannot delete entity, must detach all policies first.");
			}
			return roles.remove(IamState.key(name));
		});
	}

	/**
	 * UpdateRole and UpdateRoleDescription: what is not given stays as it is (recorded on
	 * AWS).
	 */
	StoredRole update(String name, String description, Integer maxSessionDuration) {
		IamValidation.name("RoleName", name, 64);
		IamValidation.description(description);
		IamValidation.range("MaxSessionDuration", maxSessionDuration, 3600, 43200);
		return store.update((roles) -> {
			StoredRole role = require(roles, name);
			StoredRole updated = role.withSettings((description != null) ? description : role.description(),
					(maxSessionDuration != null) ? maxSessionDuration : role.maxSessionDuration());
			roles.put(IamState.key(name), updated);
			return updated;
		});
	}

	void updateTrustPolicy(String name, String document) {
		IamValidation.name("RoleName", name, 64);
		checkDocumentText("PolicyDocument", document);
		List<JsonNode> trust = PolicyDocuments.checkTrust(document);
		store.update((roles) -> {
			StoredRole role = require(roles, name);
			checkPrincipalsExist(trust, roles);
			return roles.put(IamState.key(name), role.withTrustPolicy(document));
		});
	}

	void tag(String name, List<Tag> tags) {
		IamValidation.name("RoleName", name, 64);
		RoleTagRules.checkTags(tags);
		store.update((roles) -> {
			StoredRole role = require(roles, name);
			List<Tag> merged = new ArrayList<>(role.tags());
			for (Tag tag : tags) {
				// A new value for a key that is already there replaces it, in place.
				int existing = indexOf(merged, tag.key());
				if (existing >= 0) {
					merged.set(existing, tag);
				}
				else {
					merged.add(tag);
				}
			}
			if (merged.size() > MAX_TAGS) {
				throw new CloudException(409, "LimitExceeded", "The number of tags has reached the maximum limit.");
			}
			return roles.put(IamState.key(name), role.withTags(merged));
		});
	}

	void untag(String name, List<String> keys) {
		IamValidation.name("RoleName", name, 64);
		RoleTagRules.checkTagKeys(keys);
		Set<String> removed = new HashSet<>();
		keys.forEach((key) -> removed.add(key.toLowerCase(Locale.ROOT)));
		store.update((roles) -> {
			StoredRole role = require(roles, name);
			List<Tag> kept = role.tags()
				.stream()
				.filter((tag) -> !removed.contains(tag.key().toLowerCase(Locale.ROOT)))
				.toList();
			return roles.put(IamState.key(name), role.withTags(kept));
		});
	}

	Page<Tag> listTags(String name, String marker, Integer maxItems) {
		return Page.of(get(name).tags(), Tag::key, marker, maxItems);
	}

	private void checkPrincipalsExist(List<JsonNode> trust, Map<String, StoredRole> roles) {
		TrustPrincipals.checkExist(trust, accountId, (arn) -> {
			StoredRole role = roles.get(IamState.key(arn.substring(arn.lastIndexOf('/') + 1)));
			return role != null && role.arn(accountId).equals(arn);
		});
	}

	static StoredRole require(Map<String, StoredRole> roles, String name) {
		StoredRole role = roles.get(IamState.key(name));
		if (role == null) {
			throw new CloudException(404, "NoSuchEntity", "The role with name " + name + " cannot be found.");
		}
		return role;
	}

	/**
	 * {@code policyDocumentType} in IAM's model: 1..131072 characters of tab, line breaks
	 * and Latin-1.
	 */
	static void checkDocumentText(String parameter, String document) {
		IamValidation.length(parameter, document, 1, 131072);
		IamValidation.pattern(parameter, document, POLICY_DOCUMENT_TEXT);
	}

	private static int indexOf(List<Tag> tags, String key) {
		for (int i = 0; i < tags.size(); i++) {
			if (tags.get(i).key().equalsIgnoreCase(key)) {
				return i;
			}
		}
		return -1;
	}

	private String newRoleId() {
		StringBuilder id = new StringBuilder("AROA");
		for (int i = 0; i < 17; i++) {
			id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
		}
		return id.toString();
	}

}

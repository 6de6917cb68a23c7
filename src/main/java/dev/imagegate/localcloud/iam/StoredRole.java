package dev.imagegate.localcloud.iam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A role as the store keeps it. Immutable: every change makes a new one, so readers never
 * see a half-made change. Policy documents are kept decoded, as the caller sent them.
 *
 * @param inlinePolicies inline policies by name, sorted as ListRolePolicies returns them
 * @param attachedPolicyArns managed policies in the order they were attached
 * @param permissionsBoundary the ARN of the managed policy set as its permissions
 * boundary, or null
 */
record StoredRole(String name, String id, String path, String createDate, String assumeRolePolicyDocument,
		String description, int maxSessionDuration, List<Tag> tags, Map<String, String> inlinePolicies,
		List<String> attachedPolicyArns, String permissionsBoundary) {

	StoredRole {
		tags = List.copyOf((tags != null) ? tags : List.of());
		inlinePolicies = Collections
			.unmodifiableMap(new TreeMap<>((inlinePolicies != null) ? inlinePolicies : Map.of()));
		attachedPolicyArns = List.copyOf((attachedPolicyArns != null) ? attachedPolicyArns : List.of());
	}

	String arn(String accountId) {
		return "arn:aws:iam::" + accountId + ":role" + path + name;
	}

	StoredRole withTrustPolicy(String document) {
		return new StoredRole(name, id, path, createDate, document, description, maxSessionDuration, tags,
				inlinePolicies, attachedPolicyArns, permissionsBoundary);
	}

	StoredRole withSettings(String newDescription, int newMaxSessionDuration) {
		return new StoredRole(name, id, path, createDate, assumeRolePolicyDocument, newDescription,
				newMaxSessionDuration, tags, inlinePolicies, attachedPolicyArns, permissionsBoundary);
	}

	StoredRole withPermissionsBoundary(String policyArn) {
		return new StoredRole(name, id, path, createDate, assumeRolePolicyDocument, description, maxSessionDuration,
				tags, inlinePolicies, attachedPolicyArns, policyArn);
	}

	StoredRole withTags(List<Tag> newTags) {
		return new StoredRole(name, id, path, createDate, assumeRolePolicyDocument, description, maxSessionDuration,
				newTags, inlinePolicies, attachedPolicyArns, permissionsBoundary);
	}

	StoredRole withInlinePolicy(String policyName, String document) {
		Map<String, String> policies = new TreeMap<>(inlinePolicies);
		if (document == null) {
			policies.remove(policyName);
		}
		else {
			policies.put(policyName, document);
		}
		return new StoredRole(name, id, path, createDate, assumeRolePolicyDocument, description, maxSessionDuration,
				tags, policies, attachedPolicyArns, permissionsBoundary);
	}

	StoredRole withAttached(String policyArn, boolean attached) {
		List<String> arns = new ArrayList<>(attachedPolicyArns);
		arns.remove(policyArn);
		if (attached) {
			arns.add(policyArn);
		}
		return new StoredRole(name, id, path, createDate, assumeRolePolicyDocument, description, maxSessionDuration,
				tags, inlinePolicies, arns, permissionsBoundary);
	}

}

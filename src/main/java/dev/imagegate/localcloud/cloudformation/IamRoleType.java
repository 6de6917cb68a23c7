package dev.imagegate.localcloud.cloudformation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * {@code AWS::IAM::Role}: RoleName, Path, Description, MaxSessionDuration,
 * AssumeRolePolicyDocument, Policies (inline), ManagedPolicyArns, Tags. Ref is the role's
 * name.
 */
final class IamRoleType implements ResourceType {

	private final CloudClients clients;

	IamRoleType(CloudClients clients) {
		this.clients = clients;
	}

	@Override
	public String type() {
		return "AWS::IAM::Role";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("Arn", "RoleId");
	}

	@Override
	public Provisioned create(ResourceContext context, Properties properties) {
		String name = properties.string("RoleName");
		String roleName = (name != null) ? name : context.generatedName(64, false);
		IamClient iam = clients.iam();
		Role role = iam
			.createRole((r) -> r.roleName(roleName)
				.path(properties.string("Path"))
				.description(properties.string("Description"))
				.maxSessionDuration(properties.integer("MaxSessionDuration"))
				.assumeRolePolicyDocument(properties.json("AssumeRolePolicyDocument"))
				.tags(tags(properties.tags())))
			.role();
		try {
			putPolicies(roleName, properties, Map.of());
			attach(roleName, properties.strings("ManagedPolicyArns"), List.of());
		}
		catch (RuntimeException ex) {
			delete(roleName);
			throw ex;
		}
		return new Provisioned(roleName, Map.of("Arn", role.arn(), "RoleId", role.roleId()));
	}

	@Override
	public String customName(Properties properties) {
		return properties.string("RoleName");
	}

	@Override
	public boolean needsReplacement(Properties old, Properties properties) {
		return properties.differs(old, "RoleName", "Path");
	}

	@Override
	public Provisioned update(ResourceContext context, StackState.Resource current, Properties properties) {
		String roleName = current.physicalId;
		Properties old = new Properties(current.properties);
		IamClient iam = clients.iam();
		if (properties.differs(old, "AssumeRolePolicyDocument")) {
			iam.updateAssumeRolePolicy(
					(u) -> u.roleName(roleName).policyDocument(properties.json("AssumeRolePolicyDocument")));
		}
		if (properties.differs(old, "Description", "MaxSessionDuration")) {
			iam.updateRole((u) -> u.roleName(roleName)
				.description((properties.string("Description") != null) ? properties.string("Description") : "")
				.maxSessionDuration(properties.integer("MaxSessionDuration")));
		}
		Map<String, String> oldPolicies = policies(old);
		oldPolicies.keySet()
			.stream()
			.filter((policy) -> !policies(properties).containsKey(policy))
			.forEach((policy) -> iam.deleteRolePolicy((d) -> d.roleName(roleName).policyName(policy)));
		putPolicies(roleName, properties, oldPolicies);
		List<String> oldArns = orEmpty(old.strings("ManagedPolicyArns"));
		List<String> newArns = orEmpty(properties.strings("ManagedPolicyArns"));
		oldArns.stream()
			.filter((arn) -> !newArns.contains(arn))
			.forEach((arn) -> iam.detachRolePolicy((d) -> d.roleName(roleName).policyArn(arn)));
		attach(roleName, newArns, oldArns);
		if (properties.differs(old, "Tags")) {
			Set<String> removed = new HashSet<>(old.tags().keySet());
			removed.removeAll(properties.tags().keySet());
			if (!removed.isEmpty()) {
				iam.untagRole((u) -> u.roleName(roleName).tagKeys(removed));
			}
			if (!properties.tags().isEmpty()) {
				iam.tagRole((t) -> t.roleName(roleName).tags(tags(properties.tags())));
			}
		}
		return new Provisioned(roleName, current.attributes);
	}

	@Override
	public void delete(StackState.Resource resource) {
		delete(resource.physicalId);
	}

	/** A role goes only once its policies do, as DeleteRole requires. */
	private void delete(String roleName) {
		IamClient iam = clients.iam();
		iam.listAttachedRolePolicies((l) -> l.roleName(roleName))
			.attachedPolicies()
			.forEach((p) -> iam.detachRolePolicy((d) -> d.roleName(roleName).policyArn(p.policyArn())));
		iam.listRolePolicies((l) -> l.roleName(roleName))
			.policyNames()
			.forEach((p) -> iam.deleteRolePolicy((d) -> d.roleName(roleName).policyName(p)));
		iam.deleteRole((d) -> d.roleName(roleName));
	}

	private void putPolicies(String roleName, Properties properties, Map<String, String> existing) {
		policies(properties).forEach((name, document) -> {
			if (!document.equals(existing.get(name))) {
				clients.iam().putRolePolicy((p) -> p.roleName(roleName).policyName(name).policyDocument(document));
			}
		});
	}

	private void attach(String roleName, List<String> arns, List<String> existing) {
		orEmpty(arns).stream()
			.filter((arn) -> !existing.contains(arn))
			.forEach((arn) -> clients.iam().attachRolePolicy((a) -> a.roleName(roleName).policyArn(arn)));
	}

	private static Map<String, String> policies(Properties properties) {
		Map<String, String> policies = new LinkedHashMap<>();
		properties.objects("Policies").forEach((p) -> policies.put(p.string("PolicyName"), p.json("PolicyDocument")));
		return policies;
	}

	/** Null for none: an empty list would reach IAM as an empty Tags parameter. */
	private static List<Tag> tags(Map<String, String> tags) {
		return tags.isEmpty() ? null
				: tags.entrySet()
					.stream()
					.map((e) -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
					.toList();
	}

	private static List<String> orEmpty(List<String> list) {
		return (list != null) ? list : List.of();
	}

}

package dev.imagegate.localcloud.iam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.imagegate.localcloud.iam.IamShapes.RoleMembers;
import dev.imagegate.localcloud.query.QueryRequest;
import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * The IAM actions the emulator knows: each reads its parameters, calls the service logic
 * and says what goes into its Result element (null when the action has no output).
 */
final class IamActions {

	private final Map<String, Function<QueryRequest, Consumer<XmlWriter>>> actions = new HashMap<>();

	IamActions(RoleService roles, RolePolicyService policies, ManagedPolicyService managed) {
		String account = roles.accountId();
		actions.put("CreateRole", (q) -> {
			StoredRole role = roles.create(q.required("RoleName"), q.optional("Path"),
					q.required("AssumeRolePolicyDocument"), q.optional("Description"),
					q.optionalInt("MaxSessionDuration"), q.optional("PermissionsBoundary"), tags(q));
			return (xml) -> nested(xml, "Role", (out) -> IamShapes.role(out, role, account, RoleMembers.CREATED));
		});
		actions.put("GetRole", (q) -> {
			StoredRole role = roles.get(q.required("RoleName"));
			return (xml) -> nested(xml, "Role", (out) -> IamShapes.role(out, role, account, RoleMembers.FULL));
		});
		actions.put("ListRoles", (q) -> {
			Page<StoredRole> page = roles.list(q.optional("PathPrefix"), q.optional("Marker"),
					q.optionalInt("MaxItems"));
			return (xml) -> {
				IamShapes.members(xml, "Roles", page.items(),
						(out, role) -> IamShapes.role(out, role, account, RoleMembers.LISTED));
				IamShapes.pagination(xml, page);
			};
		});
		actions.put("UpdateRole", (q) -> {
			roles.update(q.required("RoleName"), q.optional("Description"), q.optionalInt("MaxSessionDuration"));
			return (xml) -> {
			};
		});
		actions.put("UpdateRoleDescription", (q) -> {
			StoredRole role = roles.update(q.required("RoleName"), q.required("Description"), null);
			return (xml) -> nested(xml, "Role", (out) -> IamShapes.role(out, role, account, RoleMembers.CREATED));
		});
		actions.put("DeleteRole", (q) -> none(() -> roles.delete(q.required("RoleName"))));
		actions.put("UpdateAssumeRolePolicy",
				(q) -> none(() -> roles.updateTrustPolicy(q.required("RoleName"), q.required("PolicyDocument"))));
		actions.put("TagRole", (q) -> none(() -> roles.tag(q.required("RoleName"), requiredTags(q))));
		actions.put("UntagRole", (q) -> none(() -> roles.untag(q.required("RoleName"), requiredTagKeys(q))));
		actions.put("ListRoleTags", (q) -> {
			Page<Tag> page = roles.listTags(q.required("RoleName"), q.optional("Marker"), q.optionalInt("MaxItems"));
			return (xml) -> {
				IamShapes.tags(xml, page.items());
				IamShapes.pagination(xml, page);
			};
		});
		addPolicyActions(policies);
		addManagedPolicyActions(managed);
	}

	private void addPolicyActions(RolePolicyService policies) {
		actions.put("PutRolePolicy", (q) -> none(
				() -> policies.put(q.required("RoleName"), q.required("PolicyName"), q.required("PolicyDocument"))));
		actions.put("GetRolePolicy", (q) -> {
			String roleName = q.required("RoleName");
			String policyName = q.required("PolicyName");
			String document = policies.get(roleName, policyName);
			return (xml) -> xml.element("RoleName", roleName)
				.element("PolicyName", policyName)
				.element("PolicyDocument", PolicyDocuments.encode(document));
		});
		actions.put("ListRolePolicies", (q) -> {
			Page<String> page = policies.list(q.required("RoleName"), q.optional("Marker"), q.optionalInt("MaxItems"));
			return (xml) -> {
				IamShapes.members(xml, "PolicyNames", page.items(), XmlWriter::text);
				IamShapes.pagination(xml, page);
			};
		});
		actions.put("DeleteRolePolicy",
				(q) -> none(() -> policies.delete(q.required("RoleName"), q.required("PolicyName"))));
		actions.put("AttachRolePolicy",
				(q) -> none(() -> policies.attach(q.required("RoleName"), q.required("PolicyArn"))));
		actions.put("PutRolePermissionsBoundary",
				(q) -> none(() -> policies.putBoundary(q.required("RoleName"), q.required("PermissionsBoundary"))));
		actions.put("DeleteRolePermissionsBoundary",
				(q) -> none(() -> policies.deleteBoundary(q.required("RoleName"))));
		actions.put("DetachRolePolicy",
				(q) -> none(() -> policies.detach(q.required("RoleName"), q.required("PolicyArn"))));
		actions.put("ListAttachedRolePolicies", (q) -> {
			Page<ManagedPolicy> page = policies.listAttached(q.required("RoleName"), q.optional("PathPrefix"),
					q.optional("Marker"), q.optionalInt("MaxItems"));
			return (xml) -> {
				IamShapes.members(xml, "AttachedPolicies", page.items(),
						(out, policy) -> out.element("PolicyName", policy.name()).element("PolicyArn", policy.arn()));
				IamShapes.pagination(xml, page);
			};
		});
	}

	private void addManagedPolicyActions(ManagedPolicyService managed) {
		actions.put("GetPolicy", (q) -> {
			ManagedPolicy policy = managed.get(q.required("PolicyArn"));
			ManagedPolicyService.Usage usage = managed.usage(policy.arn());
			return (xml) -> nested(xml, "Policy", (out) -> IamShapes.policy(out, policy, usage, true));
		});
		actions.put("GetPolicyVersion", (q) -> {
			ManagedPolicy policy = managed.getVersion(q.required("PolicyArn"), q.required("VersionId"));
			return (xml) -> nested(xml, "PolicyVersion", (out) -> IamShapes.policyVersion(out, policy));
		});
		actions.put("ListPolicies", (q) -> {
			Page<ManagedPolicy> page = managed.list(q.optional("Scope"), q.optional("OnlyAttached"),
					q.optional("PathPrefix"), q.optional("PolicyUsageFilter"), q.optional("Marker"),
					q.optionalInt("MaxItems"));
			return (xml) -> {
				IamShapes.members(xml, "Policies", page.items(),
						(out, policy) -> IamShapes.policy(out, policy, managed.usage(policy.arn()), false));
				IamShapes.pagination(xml, page);
			};
		});
	}

	/** The action's handler, or null when IAM has no such action here. */
	Function<QueryRequest, Consumer<XmlWriter>> find(String action) {
		return actions.get(action);
	}

	private static void nested(XmlWriter xml, String name, Consumer<XmlWriter> content) {
		xml.start(name);
		content.accept(xml);
		xml.end();
	}

	/** {@code Tags.member.N.Key} and {@code .Value}; a missing Value is an empty one. */
	private static List<Tag> tags(QueryRequest q) {
		List<Tag> tags = new ArrayList<>();
		for (int i = 1; q.optional("Tags.member." + i + ".Key") != null; i++) {
			String value = q.optional("Tags.member." + i + ".Value");
			tags.add(new Tag(q.optional("Tags.member." + i + ".Key"), (value != null) ? value : ""));
		}
		return tags;
	}

	private static List<Tag> requiredTags(QueryRequest q) {
		if (!q.has("Tags")) {
			q.required("Tags");
		}
		return tags(q);
	}

	private static List<String> requiredTagKeys(QueryRequest q) {
		if (!q.has("TagKeys")) {
			q.required("TagKeys");
		}
		return q.members("TagKeys");
	}

	private static Consumer<XmlWriter> none(Runnable call) {
		call.run();
		return null;
	}

}

package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.function.BiConsumer;

import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * IAM's output shapes (member names and order from its API model), written into an open
 * Result element.
 */
final class IamShapes {

	private IamShapes() {
	}

	/** Which members of a Role an action answers with, as recorded on AWS. */
	enum RoleMembers {

		/**
		 * CreateRole and UpdateRoleDescription: no MaxSessionDuration, no RoleLastUsed.
		 */
		CREATED,
		/**
		 * GetRole: everything, with an empty RoleLastUsed (no role is used from outside
		 * here).
		 */
		FULL,
		/**
		 * ListRoles: MaxSessionDuration but neither PermissionsBoundary, Tags nor
		 * RoleLastUsed.
		 */
		LISTED

	}

	static XmlWriter role(XmlWriter xml, StoredRole role, String accountId, RoleMembers members) {
		xml.element("Path", role.path())
			.element("RoleName", role.name())
			.element("RoleId", role.id())
			.element("Arn", role.arn(accountId))
			.element("CreateDate", role.createDate())
			.element("AssumeRolePolicyDocument", PolicyDocuments.encode(role.assumeRolePolicyDocument()))
			.element("Description", role.description());
		if (members != RoleMembers.CREATED) {
			xml.element("MaxSessionDuration", role.maxSessionDuration());
		}
		if (members != RoleMembers.LISTED && role.permissionsBoundary() != null) {
			xml.start("PermissionsBoundary")
				.element("PermissionsBoundaryType", "Policy")
				.element("PermissionsBoundaryArn", role.permissionsBoundary())
				.end();
		}
		if (members != RoleMembers.LISTED && !role.tags().isEmpty()) {
			tags(xml, role.tags());
		}
		if (members == RoleMembers.FULL) {
			xml.start("RoleLastUsed").end();
		}
		return xml;
	}

	static void tags(XmlWriter xml, List<Tag> tags) {
		members(xml, "Tags", tags, (out, tag) -> out.element("Key", tag.key()).element("Value", tag.value()));
	}

	/**
	 * A Policy; GetPolicy adds its Description and Tags, ListPolicies leaves them out, as
	 * AWS does.
	 */
	static void policy(XmlWriter xml, ManagedPolicy policy, ManagedPolicyService.Usage usage, boolean full) {
		xml.element("PolicyName", policy.name())
			.element("PolicyId", policy.id())
			.element("Arn", policy.arn())
			.element("Path", policy.path())
			.element("DefaultVersionId", policy.defaultVersionId())
			.element("AttachmentCount", usage.attachments())
			.element("PermissionsBoundaryUsageCount", usage.boundaries())
			.element("IsAttachable", true);
		if (full) {
			xml.element("Description", policy.description());
		}
		xml.element("CreateDate", policy.createDate()).element("UpdateDate", policy.updateDate());
		if (full) {
			tags(xml, List.of());
		}
	}

	static void policyVersion(XmlWriter xml, ManagedPolicy policy) {
		xml.element("Document", PolicyDocuments.encode(policy.document()))
			.element("VersionId", policy.defaultVersionId())
			.element("IsDefaultVersion", true)
			.element("CreateDate", policy.updateDate());
	}

	/** {@code <Name><member>..</member>..</Name>}, the query protocol's list form. */
	static <T> void members(XmlWriter xml, String name, List<T> items, BiConsumer<XmlWriter, T> member) {
		xml.start(name);
		for (T item : items) {
			xml.start("member");
			member.accept(xml, item);
			xml.end();
		}
		xml.end();
	}

	/**
	 * {@code <IsTruncated>} and, when there is more, the {@code <Marker>} to ask for it
	 * with.
	 */
	static void pagination(XmlWriter xml, Page<?> page) {
		xml.element("IsTruncated", page.truncated()).element("Marker", page.marker());
	}

}

package dev.imagegate.proxyapi.steps;

import java.util.ArrayList;
import java.util.List;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.proxyapi.ProxyApiDesign;
import dev.imagegate.proxyapi.RoleMode;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * The tutorial's step 1: an IAM role API Gateway can assume, allowed to read the images:
 * by default an inline least-privilege policy; or, when asked, the tutorial's broad
 * AmazonS3ReadOnlyAccess.
 */
public class RoleStep implements ProvisioningStep {

	private final AwsClients clients;

	public RoleStep(AwsClients clients) {
		this.clients = clients;
	}

	@Override
	public String name() {
		return "role";
	}

	@Override
	public String title() {
		return "IAM role for API Gateway";
	}

	@Override
	public List<Change> changes(ProvisioningContext context) {
		ProxyApiDesign design = context.design();
		String roleName = design.roleName();
		Role role = findRole(roleName);
		List<Change> changes = new ArrayList<>();
		boolean leastPrivilege = context.spec().roleMode() == RoleMode.LEAST_PRIVILEGE;
		if (role == null) {
			changes.add(createRole(context));
			if (leastPrivilege) {
				changes.add(putInlinePolicy(design));
			}
			else {
				changes.add(attachReadOnly(design));
			}
			return changes;
		}
		if (role.tags().stream().noneMatch((tag) -> tag.key().equals(ProxyApiDesign.TAG_MANAGED))) {
			throw new StepFailure("RoleNotManaged", "An IAM role named " + roleName
					+ " exists but was not created by imagegate; choose another API name.");
		}
		context.roleArn = role.arn();
		context.id("roleArn", role.arn());
		if (!PolicyDocuments.same(role.assumeRolePolicyDocument(), design.trustPolicy())) {
			changes.add(new Change("UpdateAssumeRolePolicy",
					Cli.of("iam", "update-assume-role-policy")
						.arg("--role-name", roleName)
						.arg("--policy-document", design.trustPolicy())
						.toString(),
					() -> clients.iam()
						.updateAssumeRolePolicy((u) -> u.roleName(roleName).policyDocument(design.trustPolicy()))));
		}
		String inline = inlinePolicy(roleName);
		boolean readOnlyAttached = clients.iam()
			.listAttachedRolePolicies((l) -> l.roleName(roleName))
			.attachedPolicies()
			.stream()
			.anyMatch((policy) -> policy.policyArn().equals(design.s3ReadOnlyPolicyArn()));
		if (leastPrivilege) {
			if (!PolicyDocuments.same(inline, design.leastPrivilegePolicy())) {
				changes.add(putInlinePolicy(design));
			}
			if (readOnlyAttached) {
				changes.add(new Change("DetachRolePolicy",
						Cli.of("iam", "detach-role-policy")
							.arg("--role-name", roleName)
							.arg("--policy-arn", design.s3ReadOnlyPolicyArn())
							.toString(),
						() -> clients.iam()
							.detachRolePolicy((d) -> d.roleName(roleName).policyArn(design.s3ReadOnlyPolicyArn()))));
			}
		}
		else {
			if (!readOnlyAttached) {
				changes.add(attachReadOnly(design));
			}
			if (inline != null) {
				changes.add(new Change("DeleteRolePolicy",
						Cli.of("iam", "delete-role-policy")
							.arg("--role-name", roleName)
							.arg("--policy-name", ProxyApiDesign.INLINE_POLICY_NAME)
							.toString(),
						() -> clients.iam()
							.deleteRolePolicy(
									(d) -> d.roleName(roleName).policyName(ProxyApiDesign.INLINE_POLICY_NAME))));
			}
		}
		return changes;
	}

	private Role findRole(String roleName) {
		try {
			return clients.iam().getRole((g) -> g.roleName(roleName)).role();
		}
		catch (NoSuchEntityException ex) {
			return null;
		}
	}

	private String inlinePolicy(String roleName) {
		try {
			return clients.iam()
				.getRolePolicy((g) -> g.roleName(roleName).policyName(ProxyApiDesign.INLINE_POLICY_NAME))
				.policyDocument();
		}
		catch (NoSuchEntityException ex) {
			return null;
		}
	}

	private Change createRole(ProvisioningContext context) {
		ProxyApiDesign design = context.design();
		List<Tag> tags = design.roleTags()
			.entrySet()
			.stream()
			.map((e) -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
			.toList();
		String description = "Lets API Gateway read images of s3://" + context.spec().bucket() + "/"
				+ context.spec().prefix() + " for imagegate API " + context.spec().apiName();
		return new Change("CreateRole",
				Cli.of("iam", "create-role")
					.arg("--role-name", design.roleName())
					.arg("--assume-role-policy-document", design.trustPolicy())
					.arg("--description", description)
					.args("--tags", tagsForCli(design))
					.toString(),
				() -> {
					Role role = clients.iam()
						.createRole((c) -> c.roleName(design.roleName())
							.assumeRolePolicyDocument(design.trustPolicy())
							.description(description)
							.tags(tags))
						.role();
					context.roleArn = role.arn();
					context.roleCreated = true;
					context.id("roleArn", role.arn());
				});
	}

	private static List<String> tagsForCli(ProxyApiDesign design) {
		return design.roleTags()
			.entrySet()
			.stream()
			.map((e) -> "Key=" + e.getKey() + ",Value=" + e.getValue())
			.toList();
	}

	private Change putInlinePolicy(ProxyApiDesign design) {
		return new Change("PutRolePolicy",
				Cli.of("iam", "put-role-policy")
					.arg("--role-name", design.roleName())
					.arg("--policy-name", ProxyApiDesign.INLINE_POLICY_NAME)
					.arg("--policy-document", design.leastPrivilegePolicy())
					.toString(),
				() -> clients.iam()
					.putRolePolicy((p) -> p.roleName(design.roleName())
						.policyName(ProxyApiDesign.INLINE_POLICY_NAME)
						.policyDocument(design.leastPrivilegePolicy())));
	}

	private Change attachReadOnly(ProxyApiDesign design) {
		return new Change("AttachRolePolicy",
				Cli.of("iam", "attach-role-policy")
					.arg("--role-name", design.roleName())
					.arg("--policy-arn", design.s3ReadOnlyPolicyArn())
					.toString(),
				() -> clients.iam()
					.attachRolePolicy((a) -> a.roleName(design.roleName()).policyArn(design.s3ReadOnlyPolicyArn())));
	}

}

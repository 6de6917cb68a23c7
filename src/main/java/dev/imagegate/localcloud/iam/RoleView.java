package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.Map;

/**
 * What the rest of the local cloud needs to know about a role to act as it, with every
 * policy document as plain (decoded) JSON.
 *
 * @param trustPolicy the assume-role policy document
 * @param inlinePolicies inline policy documents by policy name
 * @param attachedPolicies documents of the attached managed policies, by policy ARN
 */
public record RoleView(String name, String arn, String roleId, String path, String trustPolicy,
		Map<String, String> inlinePolicies, Map<String, String> attachedPolicies, List<Tag> tags) {

}

package dev.imagegate.localcloud.iam;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * IAM's checks on the ARNs of Resource and NotResource. Two kinds of fault: an ARN IAM's
 * older parser cannot read at all fails at once as "legacy parsing"; an ARN that is
 * readable but wrong (no ARN, an unknown partition, a region where the service has none)
 * is remembered and reported with its own message only after the Sid and Action checks,
 * as IAM orders them.
 */
final class PolicyResources {

	/**
	 * The partitions IAM knows (aws, China, GovCloud, the isolated and sovereign ones).
	 */
	private static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b",
			"aws-iso-e", "aws-iso-f", "aws-eusc");

	private static final List<String> IAM_RESOURCE_TYPES = List.of("user/", "federated-user/", "role/", "group/",
			"instance-profile/", "mfa/", "server-certificate/", "policy/", "sms-mfa/", "saml-provider/",
			"oidc-provider/", "report/", "access-report/");

	/** Global services whose ARNs have no region, and how IAM words a region in one. */
	private static final Map<String, String> NO_REGION = Map.of("iam",
			"IAM resource %s cannot contain region information.", "s3",
			"Resource %s can not contain region information.");

	private String error;

	/**
	 * Reads the Resource and then NotResource ARNs of every statement; throws the
	 * legacy-parsing error at once, and returns the message of the remaining fault to
	 * report later, or null.
	 */
	static String check(List<JsonNode> statements) {
		PolicyResources check = new PolicyResources();
		for (String element : List.of("Resource", "NotResource")) {
			for (JsonNode statement : statements) {
				if (statement.has(element)) {
					check.statement(PolicySyntax.strings(statement, element));
				}
			}
		}
		return check.error;
	}

	private void statement(List<String> resources) {
		// IAM reports the fault of the ARN that sorts first when a list has several.
		resources.stream().sorted(Comparator.reverseOrder()).forEach(this::format);
		if (error == null && !resources.stream().allMatch(PolicyResources::legacyReadable)) {
			throw PolicyDocuments.malformed(PolicyDocuments.LEGACY);
		}
	}

	private void format(String resource) {
		if (resource.equals("*")) {
			return;
		}
		int first = resource.indexOf(':');
		if (first < 0) {
			error = "Resource " + resource + " must be in ARN format or \"*\".";
			return;
		}
		String afterArn = resource.substring(first + 1);
		int second = afterArn.indexOf(':');
		String partition = (second < 0) ? afterArn : afterArn.substring(0, second);
		String afterPartition = (second < 0) ? "" : afterArn.substring(second + 1);
		if (!partition.equals("*") && !PARTITIONS.contains(partition)) {
			error = "Partition \"" + partition + "\" is not valid for resource \"" + asArn(partition, afterPartition)
					+ "\".";
			return;
		}
		if (second < 0) {
			error = "Resource vendor must be fully qualified and cannot contain regexes.";
			return;
		}
		String[] parts = afterPartition.split(":", 4);
		String service = parts[0];
		String region = (parts.length > 1) ? parts[1] : "";
		String resourceId = (parts.length > 3) ? parts[3] : "";
		boolean s3AccessPoint = service.equals("s3") && resourceId.startsWith("accesspoint/");
		if (NO_REGION.containsKey(service) && (parts.length < 2 || !region.isEmpty()) && !s3AccessPoint) {
			error = NO_REGION.get(service).formatted(resource);
			return;
		}
		if (service.equals("iam") && !resourceId.equals("*") && !resourceId.equals("root")
				&& IAM_RESOURCE_TYPES.stream().noneMatch(resourceId::startsWith)) {
			error = "IAM resource path must either be \"*\", root, or start with "
					+ String.join(", ", IAM_RESOURCE_TYPES) + ".";
		}
	}

	/** The ARN as IAM spells it in its message, with {@code *} for every missing part. */
	private static String asArn(String partition, String rest) {
		String[] parts = rest.split(":", -1);
		String service = (!parts[0].isEmpty() || parts.length > 1) ? parts[0] : "*";
		String region = (parts.length > 1) ? parts[1] : "*";
		String account = (parts.length > 2) ? parts[2] : "*";
		String resource = (parts.length > 3) ? String.join(":", List.of(parts).subList(3, parts.length)) : "*";
		return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
	}

	/**
	 * The older parser wants all six ARN parts once two colons meet, and always a
	 * service.
	 */
	private static boolean legacyReadable(String resource) {
		if (resource.equals("*")) {
			return true;
		}
		String[] parts = resource.split(":", -1);
		boolean complete = parts.length >= 6 || !resource.contains("::");
		return complete && parts.length > 2 && !parts[2].isEmpty();
	}

}

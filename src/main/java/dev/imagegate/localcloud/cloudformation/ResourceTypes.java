package dev.imagegate.localcloud.cloudformation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The resource types the local cloud's CloudFormation can create, by their type name. */
final class ResourceTypes {

	private final Map<String, ResourceType> byName = new LinkedHashMap<>();

	ResourceTypes(List<ResourceType> types) {
		types.forEach((type) -> byName.put(type.type(), type));
	}

	static ResourceTypes all(CloudClients clients) {
		return new ResourceTypes(List.of(new S3BucketType(clients), new IamRoleType(clients), new RestApiType(clients),
				new ApiResourceType(clients), new RequestValidatorType(clients), new ApiMethodType(clients),
				new ApiDeploymentType(clients), new ApiStageType(clients)));
	}

	Set<String> names() {
		return byName.keySet();
	}

	ResourceType get(String name) {
		return byName.get(name);
	}

	/**
	 * Whether a template's resources include IAM ones, named or not: the capability they
	 * need, else null.
	 */
	static String requiredCapability(Template template) {
		String needed = null;
		for (Template.ResourceDeclaration resource : template.resources().values()) {
			if (resource.type().startsWith("AWS::IAM::")) {
				if (resource.properties().containsKey("RoleName")) {
					return "CAPABILITY_NAMED_IAM";
				}
				needed = "CAPABILITY_IAM";
			}
		}
		return needed;
	}

}

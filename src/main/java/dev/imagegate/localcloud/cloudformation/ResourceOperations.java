package dev.imagegate.localcloud.cloudformation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.imagegate.localcloud.wire.CloudException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Creates, updates and deletes one resource of a stack through its type, recording the
 * events CloudFormation records; a failure is recorded with the service's message as its
 * reason.
 */
final class ResourceOperations {

	private final ResourceTypes types;

	private final String region;

	private final String accountId;

	ResourceOperations(ResourceTypes types, String region, String accountId) {
		this.types = types;
		this.region = region;
		this.accountId = accountId;
	}

	/**
	 * The created resource, or, with a {@code _FAILED} status and no physical id, the one
	 * that failed.
	 */
	StackState.Resource create(StackState.Stack stack, Template.ResourceDeclaration declaration, StackScope scope,
			StackState.Resource replacing) {
		StackState.Resource resource = new StackState.Resource();
		resource.logicalId = declaration.logicalId();
		resource.type = declaration.type();
		String status = (replacing != null) ? "UPDATE" : "CREATE";
		// Resolved first: the events show the properties; a failure to resolve is the
		// resource's failure.
		Properties properties = null;
		RuntimeException unresolved = null;
		try {
			properties = properties(declaration, scope);
			resource.properties = properties.values();
		}
		catch (RuntimeException ex) {
			unresolved = ex;
		}
		if (replacing != null) {
			resource.physicalId = replacing.physicalId;
			StackEvents.resourceStatus(stack, resource, "UPDATE_IN_PROGRESS",
					"Requested update requires the creation of a new physical resource; hence creating one.");
			resource.physicalId = null;
		}
		else {
			StackEvents.resourceStatus(stack, resource, "CREATE_IN_PROGRESS", null);
		}
		try {
			if (unresolved != null) {
				throw unresolved;
			}
			ResourceType.Provisioned provisioned = types.get(declaration.type())
				.create(context(stack, declaration.logicalId()), properties);
			resource.physicalId = provisioned.physicalId();
			resource.attributes = new LinkedHashMap<>(provisioned.attributes());
			StackEvents.resourceStatus(stack, resource, status + "_IN_PROGRESS", "Resource creation Initiated");
			StackEvents.resourceStatus(stack, resource, status + "_COMPLETE", null);
			return resource;
		}
		catch (RuntimeException ex) {
			resource.physicalId = null;
			StackEvents.resourceStatus(stack, resource, status + "_FAILED", reason(declaration.logicalId(), ex));
			return resource;
		}
	}

	/**
	 * The resource as updated in place to {@code properties}; null when it failed, its
	 * failure then recorded.
	 */
	StackState.Resource update(StackState.Stack stack, StackState.Resource current, Properties properties) {
		StackState.Resource updated = current.copy();
		StackEvents.resourceStatus(stack, updated, "UPDATE_IN_PROGRESS", null);
		try {
			ResourceType.Provisioned provisioned = types.get(current.type)
				.update(context(stack, current.logicalId), current, properties);
			updated.properties = properties.values();
			updated.attributes = new LinkedHashMap<>(provisioned.attributes());
			StackEvents.resourceStatus(stack, updated, "UPDATE_COMPLETE", null);
			return updated;
		}
		catch (RuntimeException ex) {
			StackEvents.resourceStatus(stack, updated, "UPDATE_FAILED", reason(current.logicalId, ex));
			return null;
		}
	}

	/**
	 * Whether it is gone; a resource its service no longer has counts as deleted, as on
	 * AWS.
	 */
	boolean delete(StackState.Stack stack, StackState.Resource resource) {
		if (resource.physicalId == null) {
			StackEvents.resourceStatus(stack, resource, "DELETE_COMPLETE", null);
			return true;
		}
		StackEvents.resourceStatus(stack, resource, "DELETE_IN_PROGRESS", null);
		try {
			types.get(resource.type).delete(resource);
		}
		catch (AwsServiceException ex) {
			if (ex.statusCode() != 404) {
				StackEvents.resourceStatus(stack, resource, "DELETE_FAILED", reason(resource.logicalId, ex));
				return false;
			}
		}
		catch (RuntimeException ex) {
			StackEvents.resourceStatus(stack, resource, "DELETE_FAILED", reason(resource.logicalId, ex));
			return false;
		}
		StackEvents.resourceStatus(stack, resource, "DELETE_COMPLETE", null);
		return true;
	}

	/**
	 * Refuses a replacement that would need a second resource of the same custom name, as
	 * CloudFormation does before it creates anything; the resource's UPDATE_FAILED is
	 * recorded.
	 */
	boolean replacementConflicts(StackState.Stack stack, StackState.Resource current, Properties properties) {
		ResourceType type = types.get(current.type);
		String name = type.customName(properties);
		if (name == null || !name.equals(type.customName(new Properties(current.properties)))) {
			return false;
		}
		StackEvents.resourceStatus(stack, current.copy(), "UPDATE_FAILED",
				"CloudFormation cannot update a stack when a custom-named resource requires replacing. Rename " + name
						+ " and update the stack again.");
		return true;
	}

	static boolean failed(StackState.Resource resource) {
		return resource.status.endsWith("_FAILED");
	}

	boolean needsReplacement(StackState.Resource current, Properties properties) {
		return types.get(current.type).needsReplacement(new Properties(current.properties), properties);
	}

	@SuppressWarnings("unchecked")
	static Properties properties(Template.ResourceDeclaration declaration, StackScope scope) {
		return Properties.of((Map<String, Object>) scope.resolve(declaration.properties()));
	}

	private ResourceType.ResourceContext context(StackState.Stack stack, String logicalId) {
		return new ResourceType.ResourceContext(stack.stackName, logicalId, region, accountId);
	}

	/**
	 * The reason a failed resource's event gives, worded as CloudFormation's resource
	 * handlers word it.
	 */
	static String reason(String logicalId, RuntimeException ex) {
		if (ex instanceof AwsServiceException service) {
			return "Resource handler returned message: \"" + service.getMessage() + "\" (RequestToken: "
					+ UUID.randomUUID() + ", HandlerErrorCode: " + handlerErrorCode(service) + ")";
		}
		if (ex instanceof IllegalArgumentException invalid) {
			return "Properties validation failed for resource " + logicalId + " with message: " + invalid.getMessage();
		}
		if (ex instanceof CloudException template) {
			return template.getMessage();
		}
		return "Internal Failure";
	}

	private static String handlerErrorCode(AwsServiceException ex) {
		String code = (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorCode() : "";
		if (code != null && (code.contains("AlreadyExists") || code.equals("ConflictException")
				|| code.equals("BucketAlreadyOwnedByYou"))) {
			return "AlreadyExists";
		}
		return switch (ex.statusCode()) {
			case 400 -> "InvalidRequest";
			case 403 -> "AccessDenied";
			case 404 -> "NotFound";
			case 429 -> "Throttling";
			default -> "GeneralServiceException";
		};
	}

}

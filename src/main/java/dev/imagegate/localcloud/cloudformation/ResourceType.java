package dev.imagegate.localcloud.cloudformation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one CloudFormation resource type is created, updated and deleted, through the local
 * cloud's own services. Ref gives the physical id.
 */
interface ResourceType {

	String type();

	/** The attributes Fn::GetAtt may read. */
	Set<String> attributes();

	Provisioned create(ResourceContext context, Properties properties);

	/**
	 * Whether going from the old properties to the new replaces the resource (else
	 * {@link #update}).
	 */
	boolean needsReplacement(Properties old, Properties properties);

	/**
	 * Updates in place; by default by replacing what changed inside the same physical id.
	 */
	Provisioned update(ResourceContext context, StackState.Resource current, Properties properties);

	void delete(StackState.Resource resource);

	/**
	 * The name the template gives the resource, for types whose name is unique (null when
	 * generated).
	 */
	default String customName(Properties properties) {
		return null;
	}

	/** The physical id and the attributes of a created or updated resource. */
	record Provisioned(String physicalId, Map<String, String> attributes) {
	}

	/** Who asks: for names CloudFormation generates ({@code stack-Logical-RANDOM}). */
	record ResourceContext(String stackName, String logicalId, String region, String accountId) {

		String generatedName(int maxLength, boolean lowerCase) {
			String random = Ids.random(12, lowerCase);
			String prefix = stackName + "-" + logicalId;
			int room = maxLength - random.length() - 1;
			String name = ((prefix.length() > room) ? prefix.substring(0, room) : prefix) + "-" + random;
			return lowerCase ? name.toLowerCase(Locale.ROOT) : name;
		}

	}

}

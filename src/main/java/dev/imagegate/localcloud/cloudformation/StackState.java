package dev.imagegate.localcloud.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the CloudFormation emulator keeps, as saved in
 * {@code cloudformation/state.json}.
 */
class StackState {

	public List<Stack> stacks = new ArrayList<>();

	public List<ChangeSet> changeSets = new ArrayList<>();

	/** One stack, live or deleted (a deleted one is still found by its id, as on AWS). */
	static class Stack {

		public String stackId;

		public String stackName;

		public String description;

		public String status;

		public String statusReason;

		public String creationTime;

		public String lastUpdatedTime;

		public String deletionTime;

		public String templateBody;

		public String changeSetId;

		public boolean disableRollback;

		public Map<String, String> parameters = new LinkedHashMap<>();

		public List<String> capabilities = new ArrayList<>();

		public Map<String, String> tags = new LinkedHashMap<>();

		/** In creation order. */
		public List<Resource> resources = new ArrayList<>();

		public List<Output> outputs = new ArrayList<>();

		/** Oldest first. */
		public List<Event> events = new ArrayList<>();

		Resource resource(String logicalId) {
			return resources.stream().filter((r) -> r.logicalId.equals(logicalId)).findFirst().orElse(null);
		}

	}

	static class Resource {

		public String logicalId;

		public String physicalId;

		public String type;

		public String status;

		public String statusReason;

		public String timestamp;

		/** The properties as resolved when the resource was last created or updated. */
		public Map<String, Object> properties = new LinkedHashMap<>();

		/** What Fn::GetAtt reads. */
		public Map<String, String> attributes = new LinkedHashMap<>();

		Resource copy() {
			Resource copy = new Resource();
			copy.logicalId = logicalId;
			copy.physicalId = physicalId;
			copy.type = type;
			copy.status = status;
			copy.statusReason = statusReason;
			copy.timestamp = timestamp;
			copy.properties = properties;
			copy.attributes = attributes;
			return copy;
		}

	}

	static class Output {

		public String outputKey;

		public String outputValue;

		public String description;

		public String exportName;

	}

	static class Event {

		public String eventId;

		public String logicalId;

		public String physicalId;

		public String resourceType;

		public String timestamp;

		public String status;

		public String statusReason;

		/** The resource's properties as JSON, as the event shows them. */
		public String resourceProperties;

		public String clientRequestToken;

	}

	static class ChangeSet {

		public String changeSetId;

		public String changeSetName;

		public String stackId;

		public String stackName;

		public String changeSetType;

		public String description;

		public String status;

		public String statusReason;

		public String executionStatus;

		public String creationTime;

		public String templateBody;

		public Map<String, String> parameters = new LinkedHashMap<>();

		public List<String> capabilities = new ArrayList<>();

		public Map<String, String> tags = new LinkedHashMap<>();

		public List<Change> changes = new ArrayList<>();

	}

	static class Change {

		public String action;

		public String logicalId;

		public String physicalId;

		public String resourceType;

		public String replacement;

	}

}

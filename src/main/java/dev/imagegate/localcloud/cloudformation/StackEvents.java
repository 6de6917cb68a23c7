package dev.imagegate.localcloud.cloudformation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/** Records a stack's events and status changes as CloudFormation reports them. */
final class StackEvents {

	static final String STACK_TYPE = "AWS::CloudFormation::Stack";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StackEvents() {
	}

	static String now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
	}

	/**
	 * The stack's own status changes, with an event whose logical id is the stack's name.
	 */
	static void stackStatus(StackState.Stack stack, String status, String reason) {
		stack.status = status;
		stack.statusReason = reason;
		StackState.Event event = event(stack.stackName, stack.stackId, STACK_TYPE, status, reason);
		event.eventId = UUID.randomUUID().toString();
		stack.events.add(event);
	}

	static void resourceStatus(StackState.Stack stack, StackState.Resource resource, String status, String reason) {
		resource.status = status;
		resource.statusReason = reason;
		resource.timestamp = now();
		StackState.Event event = event(resource.logicalId, (resource.physicalId != null) ? resource.physicalId : "",
				resource.type, status, reason);
		event.eventId = resource.logicalId + "-" + status + "-" + event.timestamp;
		if (resource.properties != null && !resource.properties.isEmpty()) {
			event.resourceProperties = JSON.writeValueAsString(resource.properties);
		}
		stack.events.add(event);
	}

	private static StackState.Event event(String logicalId, String physicalId, String type, String status,
			String reason) {
		StackState.Event event = new StackState.Event();
		event.logicalId = logicalId;
		event.physicalId = physicalId;
		event.resourceType = type;
		event.timestamp = now();
		event.status = status;
		event.statusReason = reason;
		return event;
	}

}

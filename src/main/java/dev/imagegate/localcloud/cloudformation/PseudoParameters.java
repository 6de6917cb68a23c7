package dev.imagegate.localcloud.cloudformation;

import java.util.List;
import java.util.Set;

/** The {@code AWS::...} names Ref takes in every template, valued for one stack. */
record PseudoParameters(String region, String accountId, String stackName, String stackId) {

	static final String NO_VALUE = "AWS::NoValue";

	static final Set<String> NAMES = Set.of("AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::StackId",
			"AWS::Partition", "AWS::URLSuffix", "AWS::NotificationARNs", NO_VALUE);

	/** The value of a pseudo parameter, or null when the name is not one. */
	Object value(String name) {
		return switch (name) {
			case "AWS::Region" -> region;
			case "AWS::AccountId" -> accountId;
			case "AWS::StackName" -> stackName;
			case "AWS::StackId" -> stackId;
			case "AWS::Partition" -> "aws";
			case "AWS::URLSuffix" -> "amazonaws.com";
			case "AWS::NotificationARNs" -> List.of();
			case NO_VALUE -> Intrinsics.NO_VALUE;
			default -> null;
		};
	}

}

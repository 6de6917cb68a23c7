package dev.imagegate.localcloud.iam;

/**
 * An AWS managed policy the emulator knows, with its current default version's document.
 */
record ManagedPolicy(String name, String arn, String id, String path, String defaultVersionId, String description,
		String createDate, String updateDate, String document) {

}

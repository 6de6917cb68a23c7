package dev.imagegate.exports;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an endpoint can be exported as: its name in URLs, its media type and file
 * extension.
 */
public enum ExportFormat {

	OPENAPI("openapi", "OpenAPI 3.0 (JSON)", "application/json", "openapi.json"),

	CLOUDFORMATION("cloudformation", "CloudFormation (YAML)", "application/yaml", "yaml"),

	CLI("cli", "AWS CLI script (bash)", "text/x-shellscript", "sh");

	private final String id;

	private final String label;

	private final String mediaType;

	private final String extension;

	ExportFormat(String id, String label, String mediaType, String extension) {
		this.id = id;
		this.label = label;
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public String mediaType() {
		return mediaType;
	}

	public String fileName(String apiName) {
		return apiName + "." + extension;
	}

	public static Optional<ExportFormat> of(String id) {
		return Arrays.stream(values()).filter((format) -> format.id.equals(id)).findFirst();
	}

}

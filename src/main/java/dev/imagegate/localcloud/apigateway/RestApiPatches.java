package dev.imagegate.localcloud.apigateway;

import java.util.ArrayList;
import java.util.List;

import dev.imagegate.localcloud.apigateway.model.RestApi;

/**
 * UpdateRestApi's patch operations, with AWS's answers for each path (LocalStack's
 * AWS-recorded test_apigateway_api snapshots: test_update_rest_api_*).
 */
final class RestApiPatches {

	private RestApiPatches() {
	}

	static void apply(RestApi api, PatchOperation op) {
		List<String> path = op.segments();
		String first = path.get(0);
		if (first.equals("binaryMediaTypes")) {
			binaryMediaType(api, op, path);
		}
		else if (first.equals("endpointConfiguration") && path.size() == 3 && path.get(1).equals("types")) {
			endpointType(api, op);
		}
		else if (first.equals("endpointConfiguration") && path.size() == 2 && path.get(1).equals("ipAddressType")) {
			ipAddressType(api, op);
		}
		else if (path.size() == 1 && first.equals("description") && op.is("remove")) {
			api.description = null;
		}
		else if (path.size() == 1) {
			scalar(api, op, first);
		}
		else {
			throw op.unsupported();
		}
	}

	private static void scalar(RestApi api, PatchOperation op, String member) {
		if (!List
			.of("name", "description", "version", "policy", "apiKeySource", "disableExecuteApiEndpoint",
					"minimumCompressionSize")
			.contains(member)) {
			throw op.unsupported();
		}
		if (!op.is("replace")) {
			throw op.replaceOnly();
		}
		switch (member) {
			case "name" -> api.name = nonBlank(op.requiredValue(), "name");
			case "description" -> api.description = op.value();
			case "version" -> api.version = op.value();
			case "policy" -> api.policy = op.value();
			case "apiKeySource" -> api.apiKeySource = apiKeySource(op.requiredValue());
			case "disableExecuteApiEndpoint" -> api.disableExecuteApiEndpoint = Boolean.parseBoolean(op.value());
			default -> api.minimumCompressionSize = compressionSize(op.value());
		}
	}

	/** An empty value turns compression off; anything but a size in range is refused. */
	private static Integer compressionSize(String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			int size = Integer.parseInt(value);
			RestApiService.checkCompressionSize(size);
			return size;
		}
		catch (NumberFormatException ex) {
			throw RestApiService.compressionSizeError();
		}
	}

	/**
	 * AWS checks the value with CreateRestApi's constraint, and names that input (moto's
	 * test_update_rest_api).
	 */
	private static String apiKeySource(String value) {
		new Constraints("createRestApiInput").oneOf("apiKeySource", value, Constraints.API_KEY_SOURCES).check();
		return value;
	}

	/**
	 * The media type is the path's last segment ({@code ~1} for {@code /}). A replace
	 * takes the old type out and puts the value last, as AWS does.
	 */
	private static void binaryMediaType(RestApi api, PatchOperation op, List<String> path) {
		if (path.size() != 2 || path.get(1).isEmpty()) {
			throw op.unsupported();
		}
		String type = path.get(1);
		List<String> types = new ArrayList<>((api.binaryMediaTypes != null) ? api.binaryMediaTypes : List.of());
		if (op.is("add")) {
			if (!types.contains(type)) {
				types.add(type);
			}
		}
		else if (op.is("remove")) {
			types.remove(type);
		}
		else if (op.is("replace")) {
			String replacement = nonBlank(op.requiredValue(), "binary media type");
			if (types.remove(type) && !types.contains(replacement)) {
				types.add(replacement);
			}
		}
		else {
			throw op.unsupported();
		}
		api.binaryMediaTypes = RestApiService.emptyToNull(types);
	}

	/**
	 * {@code /endpointConfiguration/types/EDGE} replaced by REGIONAL or PRIVATE (private
	 * is dualstack).
	 */
	private static void endpointType(RestApi api, PatchOperation op) {
		if (!op.is("add") && !op.is("remove") && !op.is("replace")) {
			throw Errors.badRequest("Invalid patch operation specified. Must be 'add'|'remove'|'replace'");
		}
		if (!op.is("replace")) {
			throw op.unsupported();
		}
		String type = op.requiredValue();
		if (!Constraints.ENDPOINT_TYPES.contains(type)) {
			throw Errors.badRequest("Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE");
		}
		api.endpointConfiguration.types = List.of(type);
		if (type.equals("PRIVATE")) {
			api.endpointConfiguration.ipAddressType = "dualstack";
		}
	}

	private static void ipAddressType(RestApi api, PatchOperation op) {
		if (!op.is("replace")) {
			throw op.replaceOnly();
		}
		String value = op.value();
		if (!Constraints.IP_ADDRESS_TYPES.contains(value)) {
			throw Errors.badRequest("ipAddressType must be either ipv4 or dualstack.");
		}
		if (api.endpointConfiguration.types.contains("PRIVATE") && !value.equals("dualstack")) {
			throw Errors.badRequest("Only dualstack ipAddressType is supported for Private APIs.");
		}
		api.endpointConfiguration.ipAddressType = value;
	}

	private static String nonBlank(String value, String what) {
		if (value.isBlank()) {
			throw Errors.badRequest("Invalid " + what + ": must not be empty");
		}
		return value;
	}

}

package dev.imagegate.localcloud.apigateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one mapper of the API Gateway emulator: for the wire, the state file and deep
 * copies.
 */
final class ApiGatewayJson {

	private ApiGatewayJson() {
	}

	/**
	 * Absent members stay absent (AWS omits unset members rather than sending null), and
	 * unknown members are ignored, as newer SDKs send members this emulator does not
	 * know.
	 */
	static JsonMapper mapper() {
		return JsonMapper.builder()
			.changeDefaultPropertyInclusion((inclusion) -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
					JsonInclude.Include.NON_NULL))
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
	}

	/** A deep copy through JSON: the model is plain data, so this is exact. */
	static <T> T copy(JsonMapper mapper, T value, Class<T> type) {
		return (value != null) ? mapper.readValue(mapper.writeValueAsBytes(value), type) : null;
	}

}

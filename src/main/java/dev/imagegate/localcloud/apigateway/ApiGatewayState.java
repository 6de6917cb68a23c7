package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import dev.imagegate.localcloud.wire.CloudException;

/**
 * Everything the API Gateway emulator knows: one record per REST API, in creation order.
 * A state handed to a change is copy-on-write per API: the map is a private copy, and an
 * API is deep-copied the first time the change looks it up, so a change costs what the
 * API it touches costs, not what the whole account holds.
 */
class ApiGatewayState {

	public Map<String, ApiRecord> apis = new LinkedHashMap<>();

	/** In a change: makes the private copy of a record; null in a published state. */
	private transient UnaryOperator<ApiRecord> copyOnAccess;

	private final transient Set<String> copied = new LinkedHashSet<>();

	/** The API, or AWS's NotFoundException naming the account and id. */
	ApiRecord api(String accountId, String apiId) {
		return api(apiId, () -> Errors.notFound("Invalid API identifier specified " + accountId + ":" + apiId));
	}

	/**
	 * The API, or {@code ifMissing}: AWS looks up an API's parts by the API's id and the
	 * part's, so for most operations on a part a missing API reads as a missing part.
	 */
	ApiRecord api(String apiId, Supplier<CloudException> ifMissing) {
		ApiRecord api = apis.get(apiId);
		if (api == null) {
			throw ifMissing.get();
		}
		if (copyOnAccess != null && copied.add(apiId)) {
			api = copyOnAccess.apply(api);
			apis.put(apiId, api);
		}
		return api;
	}

	/** A state for one change: shares the records until the change looks them up. */
	ApiGatewayState forChange(UnaryOperator<ApiRecord> deepCopy) {
		ApiGatewayState change = new ApiGatewayState();
		change.apis = new LinkedHashMap<>(apis);
		change.copyOnAccess = deepCopy;
		return change;
	}

	/** After a change: the state to publish, which no longer copies anything. */
	ApiGatewayState published() {
		copyOnAccess = null;
		return this;
	}

	/** The APIs a change looked up (and so may have changed). */
	Set<String> touched() {
		return copied;
	}

}

package dev.imagegate.localcloud.apigateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS's {@code limit}/{@code position} paging: a page of at most {@code limit} items (25
 * by default, 500 at most) under {@code item}, and a {@code position} token for the next
 * page when there is one. The token is opaque to clients; here it is the next item's
 * offset.
 */
final class Paging {

	private Paging() {
	}

	static Map<String, Object> page(List<?> items, Call call) {
		int limit = call.queryInt("limit", 25);
		if (limit < 1 || limit > 500) {
			throw Errors.badRequest("Invalid limit: " + limit + ". The limit must be between 1 and 500.");
		}
		int start = offset(call.query("position"), items.size());
		int end = Math.min(items.size(), start + limit);
		Map<String, Object> body = new LinkedHashMap<>();
		if (end < items.size()) {
			body.put("position", Integer.toString(end));
		}
		body.put("item", items.subList(start, end));
		return body;
	}

	private static int offset(String position, int size) {
		if (position == null || position.isEmpty()) {
			return 0;
		}
		try {
			int offset = Integer.parseInt(position);
			if (offset >= 0 && offset <= size) {
				return offset;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the error below
		}
		throw Errors.badRequest("Invalid position parameter: " + position);
	}

}

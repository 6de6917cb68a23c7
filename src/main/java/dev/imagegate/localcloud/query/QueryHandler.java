package dev.imagegate.localcloud.query;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.http.BodyLimit;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;
import dev.imagegate.localcloud.wire.TextResponse;
import dev.imagegate.localcloud.wire.XmlWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A query-protocol service on the local cloud's port ({@code POST /} with a form body
 * {@code Action=...&Version=...&...}, or the same in the query string), answered in its
 * XML. Every failure, including a bug, leaves as the service's XML error, never as an
 * HTML page.
 */
public final class QueryHandler implements CloudServiceHandler {

	private static final Logger log = LoggerFactory.getLogger(QueryHandler.class);

	private final QueryProtocol protocol;

	private final Function<String, Function<QueryRequest, Consumer<XmlWriter>>> actions;

	private final FaultInjector faults;

	/**
	 * @param actions the handler of an action by name, null when the service has no such
	 * action; a handler says what goes into the Result element (null when the action has
	 * no output)
	 */
	public QueryHandler(QueryProtocol protocol, Function<String, Function<QueryRequest, Consumer<XmlWriter>>> actions,
			FaultInjector faults) {
		this.protocol = protocol;
		this.actions = actions;
		this.faults = faults;
	}

	@Override
	public String signingName() {
		return protocol.signingName();
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String requestId = UUID.randomUUID().toString();
		try {
			QueryRequest query = QueryRequest.from(request);
			String action = query.action();
			Function<QueryRequest, Consumer<XmlWriter>> handler = findAction(action);
			faults.check(action);
			write(response, 200, requestId, protocol.success(action, requestId, handler.apply(query)));
		}
		catch (CloudException ex) {
			write(response, ex.status(), requestId, protocol.error(ex, requestId));
		}
		catch (BodyLimit.TooLarge ex) {
			CloudException tooLarge = new CloudException(413, "RequestEntityTooLarge",
					"Request size exceeded " + ex.limit() + " bytes");
			write(response, 413, requestId, protocol.error(tooLarge, requestId));
		}
		catch (RuntimeException ex) {
			log.error("{} request {} failed", protocol.signingName(), requestId, ex);
			CloudException failure = new CloudException(500, protocol.failureCode(),
					"The local cloud's " + protocol.signingName().toUpperCase(Locale.ROOT)
							+ " could not serve this request; its log says why.");
			write(response, 500, requestId, protocol.error(failure, requestId));
		}
	}

	@Override
	public void writeError(HttpServletRequest request, HttpServletResponse response, CloudException error)
			throws IOException {
		String requestId = UUID.randomUUID().toString();
		write(response, error.status(), requestId, protocol.error(error, requestId));
	}

	private Function<QueryRequest, Consumer<XmlWriter>> findAction(String action) {
		if (action == null || action.isEmpty()) {
			throw new CloudException(400, "MissingAction", "Missing Action");
		}
		Function<QueryRequest, Consumer<XmlWriter>> handler = actions.apply(action);
		if (handler == null) {
			throw new CloudException(400, "InvalidAction",
					"Could not find operation " + action + " for version " + protocol.version());
		}
		return handler;
	}

	private static void write(HttpServletResponse response, int status, String requestId, String xml)
			throws IOException {
		response.setHeader("x-amzn-RequestId", requestId);
		TextResponse.write(response, status, "text/xml;charset=UTF-8", xml);
	}

}

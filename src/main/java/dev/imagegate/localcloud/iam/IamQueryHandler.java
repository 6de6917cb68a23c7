package dev.imagegate.localcloud.iam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.imagegate.localcloud.ConditionalOnLocalCloud;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.FaultInjector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * IAM on the local cloud's port: the query protocol ({@code POST /} with a form body
 * {@code Action=...&Version=2010-05-08&...}, or the same in the query string), answered in
 * IAM's XML. Every failure, including a bug, leaves as IAM's XML error, never as an HTML page.
 */
@Component
@ConditionalOnLocalCloud
class IamQueryHandler implements CloudServiceHandler {

	private static final Logger log = LoggerFactory.getLogger(IamQueryHandler.class);

	private final IamActions actions;

	private final FaultInjector faults;

	IamQueryHandler(RoleService roles, RolePolicyService policies, FaultInjector faults) {
		this.actions = new IamActions(roles, policies);
		this.faults = faults;
	}

	@Override
	public String signingName() {
		return "iam";
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String requestId = UUID.randomUUID().toString();
		try {
			QueryRequest query = QueryRequest.from(request);
			String action = query.action();
			Function<QueryRequest, Consumer<XmlWriter>> handler = findAction(action);
			faults.check(action);
			write(response, 200, requestId, IamXml.success(action, requestId, handler.apply(query)));
		}
		catch (CloudException ex) {
			write(response, ex.status(), requestId, IamXml.error(ex, requestId));
		}
		catch (RuntimeException ex) {
			log.error("IAM request {} failed", requestId, ex);
			CloudException failure = new CloudException(500, "ServiceFailure",
					"The local cloud's IAM failed: " + ex.getClass().getSimpleName());
			write(response, 500, requestId, IamXml.error(failure, requestId));
		}
	}

	private Function<QueryRequest, Consumer<XmlWriter>> findAction(String action) {
		if (action == null || action.isEmpty()) {
			throw new CloudException(400, "MissingAction", "Missing Action");
		}
		Function<QueryRequest, Consumer<XmlWriter>> handler = actions.find(action);
		if (handler == null) {
			throw new CloudException(400, "InvalidAction",
					"Could not find operation " + action + " for version 2010-05-08");
		}
		return handler;
	}

	private static void write(HttpServletResponse response, int status, String requestId, String xml)
			throws IOException {
		byte[] body = xml.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType("text/xml;charset=UTF-8");
		response.setHeader("x-amzn-RequestId", requestId);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}

package dev.imagegate.localcloud.sts;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.imagegate.localcloud.query.QueryRequest;
import dev.imagegate.localcloud.wire.XmlWriter;

/**
 * The STS actions the emulator knows: GetCallerIdentity, so that any client can ask which
 * account it is in.
 */
final class StsActions {

	private final Map<String, Function<QueryRequest, Consumer<XmlWriter>>> actions;

	StsActions(String accountId) {
		// The local cloud accepts any credentials and has no users: every caller is the
		// account's
		// root, answered as LocalStack answers for its root credentials (Arn ...:root,
		// UserId the
		// account id). Members in the order of AWS's own sample response.
		this.actions = Map.of("GetCallerIdentity",
				(query) -> (xml) -> xml.element("Arn", "arn:aws:iam::" + accountId + ":root")
					.element("UserId", accountId)
					.element("Account", accountId));
	}

	/** The action's handler, or null when STS has no such action here. */
	Function<QueryRequest, Consumer<XmlWriter>> find(String action) {
		return actions.get(action);
	}

}

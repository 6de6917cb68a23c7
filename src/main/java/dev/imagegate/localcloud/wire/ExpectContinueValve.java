package dev.imagegate.localcloud.wire;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Older botocore (and the AWS CLI v2, which bundles its own copy, e.g. Debian's 2.9)
 * recognises an interim answer to {@code Expect: 100-continue} only with a reason phrase
 * ({@code HTTP/1.1 100 Continue}), while Tomcat sends {@code HTTP/1.1 100 }; such a
 * client then never sends the body. For those clients no interim answer is sent at all:
 * RFC 9110 lets a client send the body when none comes, and botocore does after one
 * second; the request is marked so that nothing is answered before that body arrives
 * ({@link AwaitedBody}). Every other client (the Java SDK, current botocore) keeps the
 * 100 it expects.
 */
class ExpectContinueValve extends ValveBase {

	/** Request attribute: answer only once the body has arrived. */
	static final String AWAIT_BODY = ExpectContinueValve.class.getName() + ".awaitBody";

	private static final Pattern BOTOCORE = Pattern.compile("[Bb]otocore/1\\.(\\d+)\\.");

	/** botocore 1.43 reads a bare {@code HTTP/1.1 100} correctly (checked here). */
	private static final int FIRST_FIXED_MINOR = 43;

	ExpectContinueValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (request.getCoyoteRequest().hasExpectation() && needsNoInterimResponse(request.getHeader("User-Agent"))) {
			request.getCoyoteRequest().setExpectation(false);
			request.setAttribute(AWAIT_BODY, Boolean.TRUE);
		}
		getNext().invoke(request, response);
	}

	static boolean needsNoInterimResponse(String userAgent) {
		if (userAgent == null) {
			return false;
		}
		if (userAgent.startsWith("aws-cli/2.")) {
			return true;
		}
		Matcher botocore = BOTOCORE.matcher(userAgent);
		return botocore.find() && Integer.parseInt(botocore.group(1)) < FIRST_FIXED_MINOR;
	}

}

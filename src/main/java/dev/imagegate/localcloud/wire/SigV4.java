package dev.imagegate.localcloud.wire;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads how a request is signed: SigV4 in the Authorization header or presigned in the
 * query ({@code X-Amz-Credential=AKID/date/region/service/aws4_request}), S3's older
 * SigV2, or not at all. The local cloud accepts any credentials, but not any header: the
 * credential scope says which service is meant, and a header that is not a signature is
 * refused as AWS refuses it, never taken for an unsigned request or a signed one.
 */
public final class SigV4 {

	private static final String ALGORITHM = "AWS4-HMAC-SHA256";

	/** A credential's scope: key/date/REGION/SERVICE/aws4_request. */
	private static final Pattern SCOPE = Pattern.compile("[^/\\s,]+/\\d{8}/([^/\\s,]+)/([^/\\s,]+)/aws4_request");

	private static final Pattern QUERY_CREDENTIAL = Pattern.compile("(?:^|&)X-Amz-Credential=([^&]*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern QUERY_SIGNATURE = Pattern.compile("(?:^|&)(X-Amz-Signature|Signature)=",
			Pattern.CASE_INSENSITIVE);

	static final String MISSING_COMPONENTS = "The authorization header is malformed; the authorization header requires "
			+ "three components: Credential, SignedHeaders, and Signature.";

	static final String MALFORMED_CREDENTIAL = "the Credential is mal-formed; expecting "
			+ "\"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".";

	private static final String SIGNATURE = SigV4.class.getName() + ".signature";

	private SigV4() {
	}

	/** What kind of signature a request carries. */
	public enum Kind {

		/** No Authorization header and no presigned query. */
		UNSIGNED,
		/** SigV4, header or query: {@link Signature#service()} names the service. */
		SIGNED,
		/**
		 * S3's SigV2 ({@code AWS AKID:signature}, or {@code Signature=} in the query).
		 */
		SIGNED_V2,
		/**
		 * An AWS4-HMAC-SHA256 header missing parts: {@link Signature#problem()} says
		 * which.
		 */
		MALFORMED,
		/** A presigned query missing parts or with a credential that is not one. */
		MALFORMED_QUERY,
		/** An Authorization header of a scheme AWS does not know. */
		UNSUPPORTED

	}

	/**
	 * @param service the signing name from the credential scope (SIGNED only; MALFORMED
	 * when the scope could still be read)
	 * @param problem AWS's wording of what is wrong (MALFORMED and UNSUPPORTED only)
	 * @param header the Authorization header of an UNSUPPORTED scheme, which S3 quotes
	 * back
	 */
	public record Signature(Kind kind, String service, String problem, String header) {

		Signature(Kind kind, String service, String problem) {
			this(kind, service, problem, null);
		}

		public boolean isSigned() {
			return kind == Kind.SIGNED || kind == Kind.SIGNED_V2;
		}

	}

	/** Read once per request: the router and the service it picks both ask. */
	public static Signature of(HttpServletRequest request) {
		if (request.getAttribute(SIGNATURE) instanceof Signature known) {
			return known;
		}
		Signature signature = read(request);
		request.setAttribute(SIGNATURE, signature);
		return signature;
	}

	private static Signature read(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null) {
			return fromHeader(authorization.trim());
		}
		String query = request.getQueryString();
		if (query == null) {
			return new Signature(Kind.UNSIGNED, null, null);
		}
		Matcher credential = QUERY_CREDENTIAL.matcher(query);
		if (credential.find()) {
			Matcher scope = SCOPE.matcher(PercentEncoding.decode(credential.group(1)));
			if (!scope.matches()) {
				return new Signature(Kind.MALFORMED_QUERY, null,
						"Error parsing the X-Amz-Credential parameter; " + MALFORMED_CREDENTIAL);
			}
			return QUERY_SIGNATURE.matcher(query).find() ? new Signature(Kind.SIGNED, scope
				.group(2), null) : new Signature(Kind.MALFORMED_QUERY, scope.group(2),
						"Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, "
								+ "X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
		}
		return QUERY_SIGNATURE.matcher(query).find() ? new Signature(Kind.SIGNED_V2, "s3", null)
				: new Signature(Kind.UNSIGNED, null, null);
	}

	private static Signature fromHeader(String authorization) {
		if (authorization.startsWith("AWS ") && authorization.indexOf(':') > 4) {
			return new Signature(Kind.SIGNED_V2, "s3", null);
		}
		if (!authorization.equals(ALGORITHM) && !authorization.startsWith(ALGORITHM + " ")) {
			return new Signature(Kind.UNSUPPORTED, null, "Unsupported Authorization Type", authorization);
		}
		String credential = null;
		boolean signedHeaders = false;
		boolean signature = false;
		for (String component : authorization.substring(ALGORITHM.length()).split(",")) {
			String part = component.trim();
			if (part.startsWith("Credential=")) {
				credential = part.substring("Credential=".length());
			}
			signedHeaders |= part.startsWith("SignedHeaders=") && part.length() > "SignedHeaders=".length();
			signature |= part.startsWith("Signature=") && part.length() > "Signature=".length();
		}
		if (credential == null || !signedHeaders || !signature) {
			return new Signature(Kind.MALFORMED, scopedService(credential), MISSING_COMPONENTS);
		}
		String service = scopedService(credential);
		if (service == null) {
			return new Signature(Kind.MALFORMED, null,
					"The authorization header is malformed; " + MALFORMED_CREDENTIAL);
		}
		return new Signature(Kind.SIGNED, service, null);
	}

	private static String scopedService(String credential) {
		if (credential == null) {
			return null;
		}
		Matcher scope = SCOPE.matcher(credential);
		return scope.matches() ? scope.group(2) : null;
	}

	/**
	 * The region of the request's SigV4 credential scope (in the Authorization header or
	 * a presigned URL's X-Amz-Credential), lower-cased; null when it has none (unsigned,
	 * SigV2).
	 */
	public static String scopeRegion(HttpServletRequest request) {
		String credential = null;
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.trim().startsWith(ALGORITHM)) {
			for (String component : authorization.trim().substring(ALGORITHM.length()).split(",")) {
				if (component.trim().startsWith("Credential=")) {
					credential = component.trim().substring("Credential=".length());
				}
			}
		}
		else if (authorization == null && request.getQueryString() != null) {
			Matcher query = QUERY_CREDENTIAL.matcher(request.getQueryString());
			credential = query.find() ? PercentEncoding.decode(query.group(1)) : null;
		}
		Matcher scope = (credential != null) ? SCOPE.matcher(credential) : null;
		return (scope != null && scope.matches()) ? scope.group(1).toLowerCase(Locale.ROOT) : null;
	}

}

package dev.imagegate;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client for the running portal, with cookies: logs in through the login
 * form (CSRF token included) as a browser would, or sends HTTP Basic as a script would.
 */
public final class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private static final Pattern NEXT_PAGE = Pattern.compile("href=\"(/buckets\\?page=[^\"]+)\" id=\"next-page\"");

	public PortalClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Logs in through the form; returns the answer to the form's POST. */
	public HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
		String token = csrfToken("/login");
		return post("/login", "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token));
	}

	public HttpResponse<String> loginAsTester() throws IOException, InterruptedException {
		return login(LocalCloudTest.USER, LocalCloudTest.PASSWORD);
	}

	/** The CSRF token of the form on a page. */
	public String csrfToken(String page) throws IOException, InterruptedException {
		Matcher m = CSRF.matcher(get(page).body());
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on " + page);
		}
		return m.group(1);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A form POST with this client's cookies. */
	public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A POST of any body (e.g. multipart) with this client's cookies; headers as name,
	 * value pairs.
	 */
	public HttpResponse<String> post(String path, String contentType, byte[] body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A GET answered as bytes (images). */
	public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * A JSON API call with HTTP Basic as the test account (or none when user is null).
	 */
	public HttpResponse<String> api(String method, String path, String json, String user, String password)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json, application/problem+json");
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> api(String method, String path, String json) throws IOException, InterruptedException {
		return api(method, path, json, LocalCloudTest.USER, LocalCloudTest.PASSWORD);
	}

	/**
	 * The page of the bucket list that shows this bucket, following "Next page": the
	 * tests share one local cloud, whose bucket count passes a page whatever order they
	 * run in.
	 */
	public String bucketListPage(String bucket) throws IOException, InterruptedException {
		String path = "/buckets";
		while (true) {
			String page = get(path).body();
			if (page.contains("data-bucket=\"" + bucket + "\"")) {
				return page;
			}
			Matcher next = NEXT_PAGE.matcher(page);
			if (!next.find()) {
				throw new AssertionError(bucket + " is not on any page of the bucket list");
			}
			path = next.group(1).replace("&amp;", "&");
		}
	}

	/** The text as Thymeleaf writes it into a page. */
	public static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("'", "&#39;")
			.replace("\"", "&quot;");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Reloads a deployment run's page (a redirect's Location) until the run has finished,
	 * as a browser without JavaScript would, and returns the finished page.
	 */
	public String awaitRunFinished(String location) throws IOException, InterruptedException {
		String path = location.replaceFirst("^https?://[^/]+", "");
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			String page = get(path).body();
			if (!page.contains("data-events=")) {
				return page;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the run at " + path + " did not finish within a minute");
			}
			Thread.sleep(100);
		}
	}

}

package dev.imagegate.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in and out in a real browser, and what the first page shows once logged in. */
class LoginBrowserTest extends BrowserTest {

	private static final String BUCKET = "browser-login-bucket";

	@Autowired
	S3Client s3;

	@Autowired
	LocalCloud localCloud;

	@Test
	void aVisitorIsSentToTheLoginPage() {
		open("/");

		await(ExpectedConditions.urlToBe(url("/login")));
		assertThat(driver().getTitle()).isEqualTo("imagegate: log in");
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Log in");
		assertThat(driver().findElements(By.cssSelector("form.logout"))).isEmpty();
		screenshot("login");
	}

	@Test
	void aWrongPasswordShowsTheErrorAndNoPage() {
		submitLogin(LocalCloudTest.USER, "not-the-password");

		await(ExpectedConditions.urlToBe(url("/login?error")));
		WebElement error = visible(By.id("login-error"));
		assertThat(error.getText()).isEqualTo("Wrong user name or password.");
		assertThat(error.getAttribute("role")).isEqualTo("alert");

		open("/");
		await(ExpectedConditions.urlToBe(url("/login")));
	}

	@Test
	void loggedInTheFirstPageShowsTheConnectedCloudItsAccountItsHealthAndItsBuckets() {
		s3.createBucket((b) -> b.bucket(BUCKET));

		login();

		assertThat(driver().getCurrentUrl()).isEqualTo(url("/"));
		assertThat(driver().getTitle()).isEqualTo("imagegate: connected cloud");
		assertThat(visible(By.id("cloud-kind")).getText()).isEqualTo("embedded local cloud");
		assertThat(driver().findElement(By.id("cloud-endpoint")).getText()).isEqualTo(localCloud.endpoint().toString());
		assertThat(driver().findElement(By.id("cloud-account")).getText())
			.isEqualTo("000000000000, as arn:aws:iam::000000000000:root");
		WebElement badge = driver().findElement(By.cssSelector("#cloud-health .badge"));
		assertThat(badge.getText()).isEqualTo("answering");
		// The stylesheet loaded under the CSP: the badge is green (--ok), not unstyled.
		assertThat(badge.getCssValue("background-color")).isEqualTo("rgba(30, 125, 52, 1)");
		assertThat(driver().findElements(By.cssSelector("#buckets tbody td:first-child")))
			.extracting(WebElement::getText)
			.contains(BUCKET);
		assertThat(driver().findElement(By.cssSelector("form.logout span")).getText()).isEqualTo(LocalCloudTest.USER);
		screenshot("home");
	}

	@Test
	void theHeadersButtonLogsOut() {
		login();

		driver().findElement(By.cssSelector("header form.logout button")).click();

		await(ExpectedConditions.urlToBe(url("/login?logout")));
		WebElement notice = visible(By.id("logged-out"));
		assertThat(notice.getText()).isEqualTo("You are logged out.");
		assertThat(notice.getAttribute("role")).isEqualTo("status");
		open("/");
		await(ExpectedConditions.urlToBe(url("/login")));
	}

	@Test
	void theLoginAndFirstPagesRaiseNoConsoleErrorsAndCarryNoInlineScript() {
		open("/login");
		visible(By.id("username"));
		assertThat(inlineScripts()).as("inline scripts on the login page").isZero();
		assertThat(messages(browserErrors())).as("console errors on the login page").isEmpty();

		login();
		assertThat(inlineScripts()).as("inline scripts on the first page").isZero();
		assertThat(messages(browserErrors())).as("console errors on the first page").isEmpty();
	}

	/**
	 * The check above would pass vacuously if the console log could not be read or the
	 * CSP were not enforced: an inline script put into the page must be refused, and
	 * reported.
	 */
	@Test
	void theBrowserEnforcesTheContentSecurityPolicyAndTheConsoleShowsIt() {
		open("/login");
		visible(By.id("username"));

		script("var s = document.createElement('script');"
				+ "s.textContent = 'document.documentElement.dataset.inline = \"ran\"';"
				+ "document.body.appendChild(s);");

		assertThat(script("return document.documentElement.dataset.inline || 'blocked'")).isEqualTo("blocked");
		List<String> errors = await("the console to report the refused inline script", (d) -> {
			List<String> found = messages(browserErrors());
			return found.isEmpty() ? null : found;
		});
		assertThat(errors).anySatisfy((message) -> assertThat(message).contains("Content Security Policy"));
	}

	@Test
	void theLoginFormCanBeUsedWithTheKeyboardAlone() {
		open("/login");
		visible(By.id("username"));
		await("the user name field to have the focus (autofocus)",
				(d) -> "username".equals(d.switchTo().activeElement().getAttribute("id")));

		driver().switchTo()
			.activeElement()
			.sendKeys(LocalCloudTest.USER, Keys.TAB, LocalCloudTest.PASSWORD, Keys.ENTER);

		await(ExpectedConditions.urlToBe(url("/")));
		assertThat(visible(By.id("cloud-kind")).getText()).isEqualTo("embedded local cloud");
	}

	@Test
	void onANarrowScreenNoPageScrollsSideways() {
		driver().manage().window().setSize(new Dimension(400, 900));
		open("/login");
		visible(By.id("username"));
		assertThat(((Number) script("return window.innerWidth")).intValue()).isLessThanOrEqualTo(400);
		assertNoHorizontalScrollbar();

		open("/login?error");
		visible(By.id("login-error"));
		assertNoHorizontalScrollbar();

		login();
		assertNoHorizontalScrollbar();
	}

	private long inlineScripts() {
		return ((Number) script("return document.querySelectorAll('script:not([src])').length")).longValue();
	}

	private static List<String> messages(List<LogEntry> entries) {
		return entries.stream().map(LogEntry::getMessage).toList();
	}

}

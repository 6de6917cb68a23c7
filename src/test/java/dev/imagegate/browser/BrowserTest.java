package dev.imagegate.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import dev.imagegate.IntegrationTest;
import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the real-browser tests: the whole portal with its embedded local cloud (as
 * {@link LocalCloudTest}), driven by Debian's headless Chromium through Debian's
 * chromedriver. One browser per test JVM, started before the first browser test and quit
 * when the JVM ends; each test starts logged out, with the default window size and an
 * empty console log.
 *
 * <p>
 * Selenium never downloads a browser or a driver here: both executables are given
 * explicitly, and a missing one fails the test class with what to install (as
 * {@code .ci/run} does).
 */
@IntegrationTest
@LocalCloudTest
public abstract class BrowserTest {

	/** Debian's package {@code chromium}. */
	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** Debian's package {@code chromium-driver}. */
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Dimension DEFAULT_WINDOW = new Dimension(1280, 900);

	/**
	 * Screenshots go to target/screenshots; with
	 * {@code -Dimagegate.update-screenshots=true} to docs/screenshots, the ones the
	 * README shows (so a plain test run leaves docs alone).
	 */
	static final Path SCREENSHOTS = Boolean.getBoolean("imagegate.update-screenshots") ? Path.of("docs", "screenshots")
			: Path.of("target", "screenshots");

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static WebDriver driver;

	private static Path profile;

	@LocalServerPort
	protected int port;

	/**
	 * Starts the browser once per test JVM, for the first browser test class: a start
	 * took about 3 s, and each test starts from a clean session anyway
	 * ({@link #freshSession()}). It quits when the JVM ends.
	 */
	@BeforeAll
	static synchronized void startBrowser() throws IOException {
		if (driver != null) {
			return;
		}
		for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(executable)) {
				throw new IllegalStateException("The browser tests need " + executable
						+ ", which is missing: install Debian's chromium and chromium-driver "
						+ "(apt-get install -y chromium chromium-driver, as .ci/run does)");
			}
		}
		profile = Files.createTempDirectory("imagegate-chromium-");
		Path logs = Files.createDirectories(Path.of("target", "browser"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(logs.resolve("chromedriver-" + ProcessHandle.current().pid() + ".log").toFile())
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + DEFAULT_WINDOW.getWidth() + "," + DEFAULT_WINDOW.getHeight(),
				"--user-data-dir=" + profile);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		driver = new ChromeDriver(service, options);
		Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::quitBrowser, "quit-browser"));
	}

	private static synchronized void quitBrowser() {
		try {
			if (driver != null) {
				driver.quit();
			}
			deleteProfile();
		}
		catch (IOException | RuntimeException ex) {
			// The JVM is ending: what is left is a temporary directory.
		}
		finally {
			driver = null;
		}
	}

	private static void deleteProfile() throws IOException {
		if (profile == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		profile = null;
	}

	private static final int MAX_SCREENSHOT_HEIGHT = 1600;

	/**
	 * Each test starts logged out, at the default window size, with an empty console log.
	 */
	@BeforeEach
	void freshSession() {
		driver.manage().window().setSize(DEFAULT_WINDOW);
		open("/login");
		driver.manage().deleteAllCookies();
		browserErrors();
	}

	/** The browser of this test class. */
	protected static WebDriver driver() {
		return driver;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Loads a page of the portal, e.g. {@code "/"}. */
	protected void open(String path) {
		driver.get(url(path));
	}

	/**
	 * Waits (explicitly, at most 20 seconds) until the condition holds; returns its
	 * value.
	 */
	protected <T> T await(ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, TIMEOUT).until(condition);
	}

	/** As {@link #await(ExpectedCondition)}, saying what was awaited if it times out. */
	protected <T> T await(String what, ExpectedCondition<T> condition) {
		WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
		wait.withMessage(what);
		return wait.until(condition);
	}

	/** The visible element, once there. */
	protected WebElement visible(By locator) {
		return await(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Logs in through the real login form as the test account and waits for the home
	 * page.
	 */
	protected void login() {
		submitLogin(LocalCloudTest.USER, LocalCloudTest.PASSWORD);
		visible(By.id("cloud-kind"));
	}

	/** Opens the login page and submits the form with its button, waiting for nothing. */
	protected void submitLogin(String user, String password) {
		open("/login");
		WebElement name = visible(By.id("username"));
		name.clear();
		name.sendKeys(user);
		WebElement secret = driver.findElement(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
	}

	/** Runs JavaScript in the page. */
	protected Object script(String javascript, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
	}

	/**
	 * The console's errors (level SEVERE) since the last call, which drains the log; a
	 * CSP violation is one of them ("Refused to ... because it violates the following
	 * Content Security Policy directive").
	 */
	protected List<LogEntry> browserErrors() {
		List<LogEntry> errors = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				errors.add(entry);
			}
		}
		return errors;
	}

	/**
	 * Fails when the current page is wider than the window, i.e. would scroll sideways.
	 */
	protected void assertNoHorizontalScrollbar() {
		long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
		long innerWidth = ((Number) script("return window.innerWidth")).longValue();
		Object widest = script("var w = window.innerWidth; return Array.from(document.querySelectorAll('body *'))"
				+ ".filter(function (e) { return e.getBoundingClientRect().right > w; })"
				+ ".map(function (e) { return e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className; }"
				+ ").join(', ');");
		assertThat(scrollWidth)
			.as("scrollWidth of %s at innerWidth %d (wider: %s)", driver().getCurrentUrl(), innerWidth, widest)
			.isLessThanOrEqualTo(innerWidth);
	}

	/**
	 * Saves the whole page (up to {@value #MAX_SCREENSHOT_HEIGHT} pixels high) as
	 * {@code {name}.png} (see {@link #SCREENSHOTS}); returns the file. The window grows
	 * to the page's height for the shot, once the images that then come into view have
	 * loaded, and shrinks back after.
	 */
	protected Path screenshot(String name) {
		Dimension window = driver.manage().window().getSize();
		int height = ((Number) script("return document.documentElement.scrollHeight")).intValue();
		driver.manage()
			.window()
			.setSize(new Dimension(window.getWidth(),
					Math.min(MAX_SCREENSHOT_HEIGHT, Math.max(window.getHeight(), height + 100))));
		script("window.scrollTo(0, 0)");
		try {
			await("the images on the page to load", (d) -> (Boolean) script(
					"return Array.from(document.images).every(function (i) { return i.complete; })"));
			Path file = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			driver.manage().window().setSize(window);
		}
	}

}
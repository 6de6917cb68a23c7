package dev.imagegate.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import dev.imagegate.RestApis;
import dev.imagegate.localcloud.wire.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard in a real browser: cloud, bucket, images, API form, plan, live deployment,
 * preview.
 */
class WizardBrowserTest extends BrowserTest {

	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDA"
				+ "AAANHQEDasKb6QAAAABJRU5ErkJggg==");

	@Autowired
	S3Client s3;

	@TempDir
	Path files;

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	FaultInjector faults;

	@AfterEach
	void clearFaults() {
		faults.clear();
	}

	/**
	 * Every step as a newcomer meets it: connect, bucket, images, API, deploy, result.
	 */
	@Test
	void fromTheHomePageThroughEveryStepToAPreviewThroughTheNewEndpoint() throws IOException {
		Path dot = Files.write(files.resolve("dot.png"), PNG);
		login();

		open("/");
		assertThat(currentStep()).isEqualTo("1. Connect");
		assertThat(visible(By.id("cloud-health")).getText()).contains("answering");
		visible(By.id("next-step")).click();

		assertThat(currentStep()).isEqualTo("2. Bucket");
		visible(By.id("name")).sendKeys("browser-wizard");
		visible(By.id("create-bucket")).click();
		visible(By.cssSelector("a[aria-label='Images of browser-wizard']")).click();

		assertThat(currentStep()).isEqualTo("3. Images");
		driver().findElement(By.id("files")).sendKeys(dot.toAbsolutePath().toString());
		driver().findElement(By.id("upload-button")).click();
		await("the upload stored",
				(driver) -> !driver.findElements(By.cssSelector("#progress li[data-status='stored']")).isEmpty());
		visible(By.id("next-step")).click();

		assertThat(currentStep()).isEqualTo("4. API");
		assertThat(visible(By.id("bucket")).getAttribute("value")).isEqualTo("browser-wizard");
		assertThat(visible(By.id("prefix")).getAttribute("value")).isEqualTo("images/");
		assertThat(visible(By.id("apiName")).getAttribute("value")).as("a suggested name")
			.isEqualTo("browser-wizard-api");
		visible(By.linkText("3. Images"));
		visible(By.id("stage")).clear();
		visible(By.id("stage")).sendKeys("demo");
		visible(By.id("rateLimit")).sendKeys("25");
		visible(By.id("burstLimit")).sendKeys("50");
		screenshot("api-form");
		visible(By.id("show-plan")).click();

		assertThat(visible(By.id("plan-summary")).getText()).contains("calls to AWS, about")
			.contains("Creates")
			.contains("REST API with binary media types")
			.contains("Leaves alone\nPrivate S3 bucket (already as asked)");
		assertThat(currentStep()).isEqualTo("5. Deploy");
		visible(By.id("change-settings")).click();
		visible(By.id("api-form"));
		assertThat(currentStep()).isEqualTo("4. API");
		assertThat(visible(By.id("stage")).getAttribute("value")).as("kept after Change the settings")
			.isEqualTo("demo");
		assertThat(visible(By.id("rateLimit")).getAttribute("value")).isEqualTo("25");
		assertThat(visible(By.id("burstLimit")).getAttribute("value")).isEqualTo("50");
		assertThat(visible(By.id("apiName")).getAttribute("value")).isEqualTo("browser-wizard-api");
		visible(By.id("stage")).clear();
		visible(By.id("stage")).sendKeys("test");
		visible(By.id("show-plan")).click();

		WebElement plan = visible(By.id("plan"));
		assertThat(plan.getText()).contains("CreateRestApi");
		WebElement command = plan.findElement(By.cssSelector("li[data-step='rest-api'] code"));
		assertThat(command.isDisplayed()).as("commands are collapsed").isFalse();
		plan.findElement(By.cssSelector("li[data-step='rest-api'] summary")).click();
		assertThat(command.getText()).contains("aws apigateway create-rest-api");
		WebElement copy = plan.findElement(By.cssSelector("li[data-step='rest-api'] button.copy"));
		copy.click();
		assertThat(copy.getText()).isEqualTo("Copied");
		assertNoHorizontalScrollbar();
		screenshot("plan");
		visible(By.id("deploy")).click();

		WebElement done = new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(60))
			.until((driver) -> driver.findElements(By.id("done")).stream().findFirst().orElse(null));
		assertThat(done.getText()).isEqualTo("Your endpoint is live");
		assertThat(currentStep()).isEqualTo("6. Result");
		assertThat(driver().findElements(By.cssSelector("#steps li[data-status='done']"))).hasSize(9);
		WebElement preview = visible(By.id("preview"));
		await("the preview image served through the invoke URL to be decoded",
				(driver) -> ((Number) script("return arguments[0].complete ? arguments[0].naturalWidth : 0", preview))
					.intValue() > 0);
		assertThat(preview.getAttribute("src")).contains("/_aws/execute-api/").endsWith("/test/s3?image=dot.png");
		assertThat(visible(By.id("verification")).getText()).startsWith("passed");
		assertThat(visible(By.id("invoke-url")).getAttribute("value")).contains("/test/s3?image={key}");
		screenshot("deployed");
		assertThat(browserErrors()).as("console errors (a CSP violation would be one)").isEmpty();
	}

	private String currentStep() {
		return visible(By.cssSelector(".wizard [aria-current='step']")).getText();
	}

	@Test
	void aFailedStepIsShownAndRetried() {
		bucketWithImage("browser-wizard-retry");
		faults.failNext("PutIntegration", 1, 400, "BadRequestException", "injected by the browser test");
		login();
		open("/apis/new?bucket=browser-wizard-retry");
		visible(By.id("apiName")).clear();
		visible(By.id("apiName")).sendKeys("browser-wizard-retry-api");
		visible(By.id("show-plan")).click();
		visible(By.id("deploy")).click();

		WebElement failed = new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(60))
			.until((driver) -> driver.findElements(By.id("failed")).stream().findFirst().orElse(null));
		assertThat(failed.getText()).contains("S3 integration request");
		assertThat(visible(By.cssSelector("#steps li[data-step='integration']")).getText())
			.contains("BadRequestException: injected by the browser test");
		screenshot("failed-step");

		visible(By.id("retry")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(60))
			.until((driver) -> !driver.findElements(By.id("done")).isEmpty());
		assertThat(RestApis.all(apiGateway)).filteredOn((api) -> api.name().equals("browser-wizard-retry-api"))
			.hasSize(1);
	}

	private void bucketWithImage(String bucket) {
		s3.createBucket((b) -> b.bucket(bucket));
		s3.putObject((p) -> p.bucket(bucket).key("images/dot.png").contentType("image/png"),
				RequestBody.fromBytes(PNG));
	}

}

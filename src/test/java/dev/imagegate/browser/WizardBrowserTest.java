package dev.imagegate.browser;

import java.time.Duration;
import java.util.Base64;

import dev.imagegate.localcloud.wire.FaultInjector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard in a real browser: bucket, API form, plan, live deployment, preview. */
class WizardBrowserTest extends BrowserTest {

	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

	@Autowired
	S3Client s3;

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	FaultInjector faults;

	@AfterEach
	void clearFaults() {
		faults.clear();
	}

	@Test
	void fromABucketToAPreviewThroughTheNewEndpoint() {
		bucketWithImage("browser-wizard");
		login();
		open("/buckets");
		visible(By.cssSelector("tr[data-bucket='browser-wizard']")).findElement(By.linkText("Create an API…")).click();

		assertThat(visible(By.id("bucket")).getAttribute("value")).isEqualTo("browser-wizard");
		visible(By.id("apiName")).sendKeys("browser-wizard-api");
		screenshot("api-form");
		visible(By.id("show-plan")).click();

		WebElement plan = visible(By.id("plan"));
		assertThat(plan.getText()).contains("CreateRestApi").contains("aws apigateway create-rest-api");
		screenshot("plan");
		visible(By.id("deploy")).click();

		WebElement done = new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(60))
			.until((driver) -> driver.findElements(By.id("done")).stream().findFirst().orElse(null));
		assertThat(done.getText()).isEqualTo("Your endpoint is live");
		assertThat(driver().findElements(By.cssSelector("#steps li[data-status='done']"))).hasSize(9);
		WebElement preview = visible(By.id("preview"));
		await("the preview image served through the invoke URL to be decoded",
				(driver) -> ((Number) script("return arguments[0].complete && arguments[0].naturalWidth", preview))
					.intValue() > 0);
		assertThat(visible(By.id("verification")).getText()).startsWith("passed");
		assertThat(visible(By.id("invoke-url")).getAttribute("value")).contains("/test/s3?image={key}");
		script("arguments[0].scrollIntoView()", visible(By.id("done")));
		screenshot("deployed");
	}

	@Test
	void aFailedStepIsShownAndRetried() {
		bucketWithImage("browser-wizard-retry");
		faults.failNext("PutIntegration", 1, 400, "BadRequestException", "injected by the browser test");
		login();
		open("/apis/new?bucket=browser-wizard-retry");
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
		assertThat(apiGateway.getRestApis().items()).filteredOn((api) -> api.name().equals("browser-wizard-retry-api"))
			.hasSize(1);
	}

	private void bucketWithImage(String bucket) {
		s3.createBucket((b) -> b.bucket(bucket));
		s3.putObject((p) -> p.bucket(bucket).key("images/dot.png").contentType("image/png"), RequestBody.fromBytes(PNG));
	}

}

package dev.imagegate.browser;

import java.util.Base64;

import dev.imagegate.RestApis;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard and the buckets page in a real browser. */
class DashboardBrowserTest extends BrowserTest {

	/** A 2x2 PNG, so the browser has a real image to decode. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDA"
				+ "AAANHQEDasKb6QAAAABJRU5ErkJggg==");

	@Autowired
	S3Client s3;

	@Autowired
	ApiGatewayClient apiGateway;

	@Autowired
	ProxyApiProvisioner provisioner;

	@Test
	void theDashboardShowsAnEndpointItsImagesVerifiesItAndDeletesIt() {
		s3.createBucket((b) -> b.bucket("browser-dashboard"));
		s3.putObject((p) -> p.bucket("browser-dashboard").key("images/red dot+1.png").contentType("image/png"),
				RequestBody.fromBytes(PNG));
		ProvisioningResult endpoint = provisioner
			.provision(ProxyApiSpec.of("browser-dashboard", "browser-dashboard-api"));
		login();

		open("/endpoints");
		WebElement row = visible(By.cssSelector("tr[data-api-id='" + endpoint.apiId() + "']"));
		assertThat(row.getText()).contains("browser-dashboard-api").contains("s3://browser-dashboard/images/");
		WebElement status = row.findElement(By.cssSelector("[data-status-url]"));
		await("the live status badge", (driver) -> "passed".equals(status.getAttribute("data-status")));
		assertThat(status.getText()).isEqualTo("serving");
		assertThat(status.getAttribute("title")).isEqualTo("Same bytes and Content-Type as the object in S3");
		screenshot("dashboard");

		row.findElement(By.linkText("browser-dashboard-api")).click();
		WebElement image = visible(By.cssSelector(".gallery img"));
		await("the gallery image served through the invoke URL to be decoded",
				(driver) -> ((Number) script("return arguments[0].complete ? arguments[0].naturalWidth : 0", image))
					.intValue() > 0);
		assertThat(image.getAttribute("src"))
			.contains("/_aws/execute-api/" + endpoint.apiId() + "/test/s3?image=red%20dot%2B1.png");
		assertThat(((Number) script("return arguments[0].naturalWidth", image)).intValue()).isEqualTo(2);
		WebElement pageStatus = visible(By.id("status"));
		await("the status shown on load, without a click",
				(driver) -> "passed".equals(pageStatus.getAttribute("data-status")));
		assertThat(pageStatus.getText()).isEqualTo("serving");
		assertThat(visible(By.id("stage")).getText()).isEqualTo("test");
		assertThat(visible(By.id("invoke-url")).getAttribute("value")).endsWith("/test/s3?image={key}");
		WebElement imageUrl = visible(By.cssSelector("#gallery li[data-key='red dot+1.png'] input"));
		assertThat(imageUrl.getAttribute("value")).isEqualTo(image.getAttribute("src"));
		WebElement copy = driver().findElement(By.cssSelector("#gallery li[data-key='red dot+1.png'] button.copy"));
		copy.click();
		assertThat(copy.getText()).isEqualTo("Copied");
		assertThat(script("return Array.from(document.querySelectorAll('#gallery li')).flatMap((li) =>"
				+ " Array.from(li.querySelectorAll('*')).filter((e) => e.getBoundingClientRect().right"
				+ " > li.getBoundingClientRect().right + 0.5).map((e) => e.tagName)).join(',')"))
			.as("parts sticking out of a gallery card")
			.isEqualTo("");

		visible(By.id("export")).click();
		assertThat(visible(By.id("export-text")).getText()).contains("\"x-amazon-apigateway-integration\"");
		visible(By.linkText("CloudFormation (YAML)")).click();
		assertThat(visible(By.id("export-text")).getText()).contains("Type: AWS::ApiGateway::RestApi");
		WebElement copyExport = visible(By.cssSelector("button.copy"));
		copyExport.click();
		assertThat(copyExport.getText()).isEqualTo("Copied");
		assertThat(visible(By.id("download")).getAttribute("href")).endsWith("/export/download?format=cloudformation");
		screenshot("export");
		visible(By.linkText("\u2190 Back to the endpoint")).click();

		visible(By.id("verify")).click();
		WebElement verification = visible(By.id("verification"));
		assertThat(verification.getText()).startsWith("passed").contains("Same bytes and Content-Type");
		screenshot("endpoint");

		driver().findElement(By.linkText("Delete…")).click();
		visible(By.id("confirm-delete"));
		screenshot("delete-endpoint");
		driver().findElement(By.id("confirm-delete")).click();

		await(ExpectedConditions.urlToBe(url("/endpoints")));
		assertThat(visible(By.id("message")).getText()).startsWith("Deleted browser-dashboard-api");
		assertThat(driver().findElements(By.cssSelector("tr[data-api-id='" + endpoint.apiId() + "']"))).isEmpty();
		assertThat(RestApis.all(apiGateway)).noneMatch((api) -> api.id().equals(endpoint.apiId()));
	}

	@Test
	void anEndpointIsRedeployedAndItsSettingsOpenedForChange() {
		s3.createBucket((b) -> b.bucket("browser-redeploy"));
		s3.putObject((p) -> p.bucket("browser-redeploy").key("images/dot.png").contentType("image/png"),
				RequestBody.fromBytes(PNG));
		String apiId = provisioner.provision(ProxyApiSpec.of("browser-redeploy", "browser-redeploy-api")).apiId();
		login();

		open("/endpoints/" + apiId);
		visible(By.id("redeploy")).click();
		WebElement done = await("the redeployment to finish",
				(driver) -> driver.findElements(By.id("done")).stream().findFirst().orElse(null));
		assertThat(done.getText()).isEqualTo("Your endpoint is live");
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Deployed browser-redeploy-api");
		assertThat(visible(By.id("verification")).getText()).startsWith("passed");
		assertThat(RestApis.all(apiGateway)).filteredOn((api) -> api.name().equals("browser-redeploy-api")).hasSize(1);

		open("/endpoints/" + apiId);
		visible(By.id("change")).click();
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Change browser-redeploy-api");
		assertThat(visible(By.id("apiName")).getAttribute("value")).isEqualTo("browser-redeploy-api");
		visible(By.id("rateLimit")).sendKeys("5");
		visible(By.id("burstLimit")).sendKeys("10");
		visible(By.id("show-plan")).click();
		assertThat(visible(By.id("plan")).getText()).contains("UpdateStage").doesNotContain("CreateRestApi");

		open("/apis/new?from=nosuchapi1");
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Not found");
	}

	@Test
	void bucketNamesAreCheckedInTheBrowserThenABucketIsCreatedPrivate() {
		login();
		open("/buckets");

		WebElement name = visible(By.id("name"));
		name.sendKeys("Not_Valid");
		visible(By.id("create-bucket")).click();
		assertThat((Boolean) script("return arguments[0].validity.valid", name)).isFalse();
		assertThat(driver().getCurrentUrl()).isEqualTo(url("/buckets"));

		name.clear();
		name.sendKeys("browser-new-bucket");
		visible(By.id("create-bucket")).click();

		assertThat(visible(By.id("message")).getText()).isEqualTo("Created the private bucket browser-new-bucket.");
		WebElement row = visible(By.cssSelector("tr[data-bucket='browser-new-bucket']"));
		assertThat(row.getText()).contains("private");
		screenshot("buckets");

		row.findElement(By.cssSelector("a[aria-label='Delete browser-new-bucket']")).click();
		visible(By.id("confirm-delete")).click();
		assertThat(visible(By.id("message")).getText()).isEqualTo("Deleted the bucket browser-new-bucket.");
		assertThat(driver().findElements(By.cssSelector("tr[data-bucket='browser-new-bucket']"))).isEmpty();
	}

}

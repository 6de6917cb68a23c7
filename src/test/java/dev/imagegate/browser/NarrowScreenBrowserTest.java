package dev.imagegate.browser;

import java.util.Base64;

import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

/** Every page of the wizard and the dashboard fits a phone's width: nothing scrolls sideways. */
class NarrowScreenBrowserTest extends BrowserTest {

	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

	@Autowired
	S3Client s3;

	@Autowired
	ProxyApiProvisioner provisioner;

	@Test
	void everyPageFitsAWindow360PixelsWide() {
		s3.createBucket((b) -> b.bucket("browser-narrow-bucket-with-a-rather-long-name"));
		s3.putObject((p) -> p.bucket("browser-narrow-bucket-with-a-rather-long-name")
			.key("images/a-photo-with-a-long-file-name-2026.png")
			.contentType("image/png"), RequestBody.fromBytes(PNG));
		ProvisioningResult endpoint = provisioner
			.provision(ProxyApiSpec.of("browser-narrow-bucket-with-a-rather-long-name", "browser-narrow-api"));
		login();
		driver().manage().window().setSize(new Dimension(360, 800));

		for (String page : new String[] { "/", "/buckets",
				"/buckets/browser-narrow-bucket-with-a-rather-long-name/images?prefix=images/",
				"/apis/new?bucket=browser-narrow-bucket-with-a-rather-long-name", "/endpoints",
				"/endpoints/" + endpoint.apiId(), "/endpoints/" + endpoint.apiId() + "/delete" }) {
			open(page);
			visible(By.tagName("h1"));
			assertNoHorizontalScrollbar();
		}
		open("/buckets");
		screenshot("narrow-buckets");

		open("/apis/new?bucket=browser-narrow-bucket-with-a-rather-long-name");
		visible(By.id("apiName")).sendKeys("browser-narrow-api");
		visible(By.id("show-plan")).click();
		visible(By.id("plan"));
		assertNoHorizontalScrollbar();
		visible(By.id("deploy")).click();
		await("the run to finish", (driver) -> !driver.findElements(By.id("done")).isEmpty());
		assertNoHorizontalScrollbar();
	}

}

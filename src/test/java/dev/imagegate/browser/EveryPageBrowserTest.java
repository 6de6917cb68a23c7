package dev.imagegate.browser;

import java.util.Base64;
import java.util.List;

import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The basics on every page of the wizard and the dashboard: it fits a phone's width
 * (nothing scrolls sideways) and every control has a label a screen reader can announce.
 */
class EveryPageBrowserTest extends BrowserTest {

	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDA"
				+ "AAANHQEDasKb6QAAAABJRU5ErkJggg==");

	@Autowired
	S3Client s3;

	@Autowired
	ProxyApiProvisioner provisioner;

	@Test
	void everyPageFitsAWindow360PixelsWideAndLabelsEveryControl() {
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
				"/endpoints/" + endpoint.apiId(), "/endpoints/" + endpoint.apiId() + "/delete",
				"/buckets/browser-narrow-bucket-with-a-rather-long-name/images/delete?key=images/"
						+ "a-photo-with-a-long-file-name-2026.png",
				"/buckets/browser-narrow-bucket-with-a-rather-long-name/delete" }) {
			open(page);
			visible(By.tagName("h1"));
			assertNoHorizontalScrollbar();
			assertThat(unlabelledControls()).as("controls without a label on %s", page).isEmpty();
		}
		open("/buckets");
		screenshot("narrow-buckets");

		open("/apis/new?bucket=browser-narrow-bucket-with-a-rather-long-name");
		visible(By.id("apiName")).clear();
		visible(By.id("apiName")).sendKeys("browser-narrow-second-api");
		visible(By.id("show-plan")).click();
		visible(By.id("plan"));
		assertNoHorizontalScrollbar();
		script("document.querySelectorAll('#plan details').forEach((d) => { d.open = true; })");
		assertNoHorizontalScrollbar();
		visible(By.id("deploy")).click();
		await("the run to finish", (driver) -> !driver.findElements(By.id("done")).isEmpty());
		assertNoHorizontalScrollbar();
		assertThat(unlabelledControls()).as("controls without a label on the result").isEmpty();
	}

	/**
	 * Inputs, selects, text areas and buttons with no accessible name: no label, no
	 * aria-label, no text.
	 */
	@SuppressWarnings("unchecked")
	private List<String> unlabelledControls() {
		return (List<String>) script("""
				return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea, button'))
				  .filter(function (c) {
				    var named = (c.labels && c.labels.length > 0) || c.getAttribute('aria-label')
				      || c.getAttribute('aria-labelledby') || (c.tagName === 'BUTTON' && c.textContent.trim());
				    return !named;
				  })
				  .map(function (c) { return c.outerHTML; });""");
	}

}

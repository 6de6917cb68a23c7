package dev.imagegate.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images page in a real browser: upload through the file input, per-file results,
 * thumbnails.
 */
class ImagesBrowserTest extends BrowserTest {

	@Autowired
	S3Client s3;

	@TempDir
	Path files;

	@Test
	void twoImagesAreStoredWithProgressAndThumbnailsAndANonImageIsRefused() throws IOException {
		s3.createBucket((b) -> b.bucket("browser-images"));
		Path png = image("blue square.png", "png", 40, 30);
		Path jpeg = image("photo.jpg", "jpg", 50, 20);
		Path notes = Files.writeString(files.resolve("notes.txt"), "not a picture", StandardCharsets.UTF_8);
		login();

		open("/buckets");
		visible(By.cssSelector("a[aria-label='Images of browser-images']")).click();
		visible(By.id("no-images"));
		driver().findElement(By.id("files"))
			.sendKeys(png.toAbsolutePath() + "\n" + jpeg.toAbsolutePath() + "\n" + notes.toAbsolutePath());
		driver().findElement(By.id("upload-button")).click();

		await("three per-file results",
				(driver) -> driver.findElements(By.cssSelector("#progress li[data-status]")).size() == 3);
		List<WebElement> rows = driver().findElements(By.cssSelector("#progress li"));
		assertThat(rows).extracting(WebElement::getText)
			.anySatisfy((text) -> assertThat(text).contains("Stored as images/blue square.png (image/png)"))
			.anySatisfy((text) -> assertThat(text).contains("Stored as images/photo.jpg (image/jpeg)"))
			.anySatisfy((text) -> assertThat(text).contains("Refused: notes.txt is not an image (text/plain)"));
		assertThat(driver().findElements(By.cssSelector("#progress progress"))).hasSize(3)
			.allSatisfy((bar) -> assertThat(bar.getAttribute("value")).isEqualTo("100"));
		assertThat(driver().findElements(By.cssSelector("#progress li[data-status='refused'] progress.refused")))
			.as("the refused file's bar is marked")
			.hasSize(1);
		assertThat(driver().findElements(By.cssSelector("#progress li[data-status='stored'] progress.refused")))
			.isEmpty();
		awaitThumbnails(2);
		screenshot("images");

		open("/buckets/browser-images/images?prefix=images/");
		awaitThumbnails(2);
		assertThat(driver().findElements(By.cssSelector("#gallery li .image-name"))).extracting(WebElement::getText)
			.as("labelled by the name an invoke URL takes")
			.containsExactly("blue square.png", "photo.jpg");
		assertThat(((Number) script(
				"return document.querySelector(\"#gallery li[data-key='images/blue square.png'] img\").naturalWidth"))
			.intValue()).isEqualTo(40);
		assertThat(s3.listObjectsV2((l) -> l.bucket("browser-images")).contents()).extracting((o) -> o.key())
			.containsExactly("images/blue square.png", "images/photo.jpg");
		// notes.txt's refusal is a 400, which Chromium logs as a failed load; nothing
		// else may be there.
		assertThat(browserErrors()).extracting(LogEntry::getMessage)
			.as("console errors (a CSP violation would be one)")
			.allSatisfy((message) -> assertThat(message).contains("/buckets/browser-images/images")
				.contains("status of 400"));
	}

	/**
	 * Uploads keep the server's order, never lose an image of the same name, and images
	 * can be deleted.
	 */
	@Test
	void theGalleryKeepsOneOrderRefusesASecondImageOfTheSameNameAndDeletes() throws IOException {
		s3.createBucket((b) -> b.bucket("browser-gallery"));
		Path zeta = image("zeta.png", "png", 30, 30);
		Path alpha = image("alpha.png", "png", 20, 20);
		login();
		open("/buckets/browser-gallery/images?prefix=images/");
		assertThat(driver().findElement(By.id("next-step")).isDisplayed()).as("next step before any image").isFalse();

		uploadAndAwait(zeta, 1);
		assertThat(visible(By.id("next-step")).isDisplayed()).isTrue();
		uploadAndAwait(alpha, 2);
		awaitThumbnails(2);
		assertThat(galleryKeys()).containsExactly("images/alpha.png", "images/zeta.png");

		Path otherAlpha = image("alpha.png", "png", 50, 10);
		uploadAndAwait(otherAlpha, 3);
		assertThat(driver().findElements(By.cssSelector("#progress li")).get(2).getText())
			.contains("Refused: alpha.png is already stored as images/alpha.png; it was kept.");
		assertThat(galleryKeys()).containsExactly("images/alpha.png", "images/zeta.png");

		driver().findElement(By.id("replace")).click();
		uploadAndAwait(otherAlpha, 4);
		assertThat(driver().findElements(By.cssSelector("#progress li")).get(3).getAttribute("data-status"))
			.isEqualTo("stored");
		assertThat(galleryKeys()).as("replaced in place").containsExactly("images/alpha.png", "images/zeta.png");

		open("/buckets/browser-gallery/images?prefix=images/");
		awaitThumbnails(2);
		assertThat(galleryKeys()).as("the same order after a reload")
			.containsExactly("images/alpha.png", "images/zeta.png");
		assertThat(((Number) script(
				"return document.querySelector(\"#gallery li[data-key='images/alpha.png'] img\").naturalWidth"))
			.intValue()).isEqualTo(50);

		visible(By.cssSelector("a[aria-label='Delete zeta.png']")).click();
		visible(By.id("confirm-delete")).click();
		assertThat(visible(By.id("message")).getText()).isEqualTo("Deleted images/zeta.png.");
		assertThat(galleryKeys()).containsExactly("images/alpha.png");
		assertThat(s3.listObjectsV2((l) -> l.bucket("browser-gallery")).contents()).extracting((o) -> o.key())
			.containsExactly("images/alpha.png");
	}

	private void uploadAndAwait(Path file, int rows) {
		driver().findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
		driver().findElement(By.id("upload-button")).click();
		await(rows + " results",
				(driver) -> driver.findElements(By.cssSelector("#progress li[data-status]")).size() == rows);
	}

	private List<String> galleryKeys() {
		return driver().findElements(By.cssSelector("#gallery li"))
			.stream()
			.map((li) -> li.getAttribute("data-key"))
			.toList();
	}

	private void awaitThumbnails(int count) {
		await(count + " thumbnails decoded", (driver) -> {
			List<WebElement> images = driver.findElements(By.cssSelector("#gallery img"));
			return images.size() == count && images.stream()
				.allMatch((image) -> ((Number) script("return arguments[0].complete ? arguments[0].naturalWidth : 0",
						image))
					.intValue() > 0);
		});
	}

	private Path image(String name, String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, new Color(30, 90, (x * 6) % 256).getRGB());
			}
		}
		Path file = files.resolve(name);
		ImageIO.write(image, format, file.toFile());
		return file;
	}

}

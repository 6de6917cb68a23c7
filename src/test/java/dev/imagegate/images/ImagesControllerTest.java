package dev.imagegate.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Part;

import dev.imagegate.web.SecurityConfiguration;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The images pages' controller alone: gallery, uploads, raw images, bad locations, CSRF,
 * AWS errors.
 */
@WebMvcTest(ImagesController.class)
@Import(SecurityConfiguration.class)
@ImportAutoConfiguration(MultipartAutoConfiguration.class)
@WithMockUser
class ImagesControllerTest {

	private static final DataSize MAX_SIZE = DataSize.ofMegabytes(10);

	private static final byte[] PNG = TestImages.png(2, 2);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ImageService images;

	@Test
	void theGalleryListsTheImagesWithTheirKeysEscaped() throws Exception {
		given(images.maxSize()).willReturn(MAX_SIZE);
		given(images.page("my-bucket", "images/", null, 24)).willReturn(new ImageService.ImagePage(
				List.of(image("images/cat.png"), image("images/<script>alert(1)</script>.png")), "next-token"));

		mvc.perform(get("/buckets/my-bucket/images"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("s3://my-bucket/images/")))
			.andExpect(content()
				.string(containsString("<span class=\"image-name\" title=\"images/cat.png\">cat.png</span>")))
			.andExpect(content().string(containsString("images/&lt;script&gt;alert(1)&lt;/script&gt;.png")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("page=next-token")))
			.andExpect(content().string(containsString("<span>10 MB</span> per image")));
	}

	@Test
	void theNextStepIsOfferedOnlyOnceThereIsAnImage() throws Exception {
		given(images.maxSize()).willReturn(MAX_SIZE);
		given(images.page("empty-bucket", "images/", null, 24)).willReturn(new ImageService.ImagePage(List.of(), null));
		given(images.page("my-bucket", "images/", null, 24))
			.willReturn(new ImageService.ImagePage(List.of(image("images/cat.png")), null));

		mvc.perform(get("/buckets/empty-bucket/images"))
			.andExpect(content().string(containsString("id=\"no-images\"")))
			.andExpect(content().string(containsString(
					"id=\"next-step\" class=\"button-link\" href=\"/apis/new?bucket=empty-bucket&amp;prefix=images/\" "
							+ "hidden")));
		mvc.perform(get("/buckets/my-bucket/images"))
			.andExpect(content().string(containsString("href=\"/apis/new?bucket=my-bucket&amp;prefix=images/\">")));
	}

	@Test
	void deletingAnImageAsksFirstThenDeletesItAndSaysSo() throws Exception {
		mvc.perform(get("/buckets/my-bucket/images/delete").param("key", "images/cat.png"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delete <code>images/cat.png</code>?")));
		then(images).should(never()).delete(any(), any());

		mvc.perform(post("/buckets/my-bucket/images/delete").param("key", "images/cat.png").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/buckets/my-bucket/images?prefix=images/"))
			.andExpect(flash().attribute("message", "Deleted images/cat.png."));
		then(images).should().delete("my-bucket", "images/cat.png");
	}

	@Test
	void aDeleteWithoutTheCsrfTokenOrOfAKeyUploadsCannotMakeDeletesNothing() throws Exception {
		mvc.perform(post("/buckets/my-bucket/images/delete").param("key", "images/cat.png"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/buckets/my-bucket/images/delete").param("key", "../etc/passwd").with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/buckets/my-bucket/images/delete").param("key", "images/").with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/buckets/my-bucket/images/delete").with(csrf())).andExpect(status().isBadRequest());
		then(images).should(never()).delete(any(), any());
	}

	@Test
	void aDeleteTheCloudRefusesStaysOnTheConfirmationWithTheReason() throws Exception {
		willThrow(accessDenied()).given(images).delete("my-bucket", "images/cat.png");

		mvc.perform(post("/buckets/my-bucket/images/delete").param("key", "images/cat.png").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("AccessDenied: Access Denied")))
			.andExpect(content().string(containsString("id=\"confirm-delete\"")));
	}

	@Test
	void theGalleryShowsAnAwsErrorInWords() throws Exception {
		given(images.maxSize()).willReturn(MAX_SIZE);
		given(images.page(anyString(), anyString(), any(), anyInt())).willThrow(accessDenied());

		mvc.perform(get("/buckets/my-bucket/images"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("AccessDenied: Access Denied")))
			.andExpect(content().string(not(containsString("S3Exception"))))
			.andExpect(content().string(not(containsString("at software.amazon"))));
	}

	@Test
	void aHostileBucketOrPrefixIsA400PageAndNothingIsListed() throws Exception {
		mvc.perform(get("/buckets/{bucket}/images", "<script>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"The bucket name may contain only lowercase letters, digits, dots (.) and hyphens (-).")))
			.andExpect(content().string(not(containsString("<script>"))));
		mvc.perform(get("/buckets/my-bucket/images").param("prefix", "<b>/"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The prefix must be empty or path segments")))
			.andExpect(content().string(not(containsString("<b>/"))));
		then(images).should(never()).page(any(), any(), any(), anyInt());
	}

	@Test
	void anUploadIsStoredFileByFileThenRedirectsToTheGallery() throws Exception {
		given(images.store(any(), any(), any(), anyBoolean())).willAnswer((invocation) -> {
			String name = invocation.<MultipartFile>getArgument(2).getOriginalFilename();
			return UploadResult.stored(name, "images/" + name, "image/png");
		});

		mvc.perform(upload("my-bucket", "images/").file(png("cat.png")).file(png("dog.png")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/buckets/my-bucket/images?prefix=images/"))
			.andExpect(
					flash().attribute("results", List.of(UploadResult.stored("cat.png", "images/cat.png", "image/png"),
							UploadResult.stored("dog.png", "images/dog.png", "image/png"))));
		then(images).should(times(2)).store(eq("my-bucket"), eq("images/"), any(), eq(false));
	}

	@Test
	void withoutTheCsrfTokenNothingIsStored() throws Exception {
		mvc.perform(upload("my-bucket", "images/").file(png("cat.png"))).andExpect(status().isForbidden());
		mvc.perform(upload("my-bucket", "images/").file(png("cat.png")).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden());
		then(images).should(never()).store(any(), any(), any(), anyBoolean());
	}

	@Test
	void anUploadWithoutAFilePartSaysSo() throws Exception {
		given(images.maxSize()).willReturn(MAX_SIZE);
		given(images.page(anyString(), anyString(), any(), anyInt()))
			.willReturn(new ImageService.ImagePage(List.of(), null));

		mvc.perform(upload("my-bucket", "images/").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("results", List.of(UploadResult.refused("", "No file was chosen."))))
			.andExpect(content().string(containsString("No file was chosen.")));
		mvc.perform(upload("my-bucket", "images/").with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.results[0].status").value("refused"))
			.andExpect(jsonPath("$.results[0].reason").value("No file was chosen."));
		then(images).should(never()).store(any(), any(), any(), anyBoolean());
	}

	@Test
	void anEmptyFileIsRefusedWithTheReason() throws Exception {
		checkedByTheRealService();

		mvc.perform(
				upload("my-bucket", "images/").file(new MockMultipartFile("files", "cat.png", "image/png", new byte[0]))
					.with(csrf())
					.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.results[0].status").value("refused"))
			.andExpect(jsonPath("$.results[0].key").doesNotExist())
			.andExpect(jsonPath("$.results[0].reason").value("cat.png is empty"));
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedWhateverItsNameAndType() throws Exception {
		checkedByTheRealService();

		mvc.perform(upload("my-bucket", "images/")
			.file(new MockMultipartFile("files", "cat.png", "image/png",
					"meow, not a picture".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.results[0].status").value("refused"))
			.andExpect(jsonPath("$.results[0].reason").value("cat.png is not an image (text/plain)"));
	}

	@Test
	void aRefusedFileNameIsShownEscapedInTheGallery() throws Exception {
		given(images.maxSize()).willReturn(MAX_SIZE);
		given(images.page(anyString(), anyString(), any(), anyInt()))
			.willReturn(new ImageService.ImagePage(List.of(), null));

		mvc.perform(get("/buckets/my-bucket/images").flashAttr("results",
				List.of(UploadResult.refused("<script>.png", "<script>.png may contain only letters"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Refused: <span>&lt;script&gt;.png may contain only letters")))
			.andExpect(content().string(not(containsString("<script>.png"))));
	}

	@Test
	void anUploadToAHostileBucketOrPrefixIsA400AndNothingIsStored() throws Exception {
		mvc.perform(upload("<script>", "images/").file(png("cat.png")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The bucket name may contain only lowercase letters")))
			.andExpect(content().string(containsString("Nothing was stored.")))
			.andExpect(content().string(not(containsString("<script>"))));
		mvc.perform(upload("my-bucket", "../").file(png("cat.png")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The prefix must not contain . or .. segments.")));
		mvc.perform(upload("my-bucket", "../").file(png("cat.png")).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The prefix must not contain . or .. segments.")));
		then(images).should(never()).store(any(), any(), any(), anyBoolean());
	}

	@Test
	void anAwsRefusalWhileStoringIsShownInItsOwnWords() throws Exception {
		given(images.store(any(), any(), any(), anyBoolean())).willThrow(accessDenied());

		mvc.perform(upload("my-bucket", "images/").file(png("cat.png")).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.results[0].status").value("failed"))
			.andExpect(
					jsonPath("$.results[0].reason").value("cat.png could not be stored: AccessDenied: Access Denied"));
	}

	@Test
	void anUploadOverTheMultipartLimitIsA413WithTheLimits() throws Exception {
		mvc.perform(new TooLargeUpload("/buckets/my-bucket/images?prefix=images/").with(csrf().asHeader())
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("The upload is too large: send fewer files at once. Each image "
					+ "may be at most 10 MB (API Gateway&#39;s payload limit) and one upload at most 100 MB.")))
			.andExpect(content().string(not(containsString("Exception"))));
		mvc.perform(new TooLargeUpload("/buckets/my-bucket/images?prefix=images/").with(csrf().asHeader())
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isPayloadTooLarge());
		then(images).should(never()).store(any(), any(), any(), anyBoolean());
	}

	@Test
	void theRawImageIsStreamedWithItsTypeAndNoSniffing() throws Exception {
		given(images.open("my-bucket", "images/cat.png")).willReturn(new ResponseInputStream<>(
				GetObjectResponse.builder().contentType("image/png").contentLength((long) PNG.length).build(),
				AbortableInputStream.create(new ByteArrayInputStream(PNG))));

		mvc.perform(get("/buckets/my-bucket/images/raw").param("key", "images/cat.png"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(PNG))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "private, max-age=300"));
	}

	@Test
	void aHostileRawKeyOrBucketIsA400AndNothingIsRead() throws Exception {
		mvc.perform(get("/buckets/my-bucket/images/raw").param("key", "images/../secret.png"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/buckets/my-bucket/images/raw").param("key", "images/<script>.png"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/buckets/{bucket}/images/raw", "Bad_Bucket").param("key", "images/cat.png"))
			.andExpect(status().isBadRequest());
		then(images).should(never()).open(any(), any());
	}

	@Test
	void aMissingRawImageIsA404() throws Exception {
		given(images.open("my-bucket", "images/gone.png")).willThrow(NoSuchKeyException.builder().build());

		mvc.perform(get("/buckets/my-bucket/images/raw").param("key", "images/gone.png"))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithAnonymousUser
	void withoutALoginTheGalleryRedirectsToTheLoginPage() throws Exception {
		mvc.perform(get("/buckets/my-bucket/images")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		then(images).should(never()).page(any(), any(), any(), anyInt());
	}

	/**
	 * The service's own checks (name, size, content type with Tika) run for real; it has
	 * no S3 client, so a file that passed them could not be stored but would fail the
	 * request.
	 */
	private void checkedByTheRealService() throws IOException {
		ImageService real = new ImageService(null, new ImagesProperties(MAX_SIZE));
		willAnswer((invocation) -> real.store(invocation.getArgument(0), invocation.getArgument(1),
				invocation.getArgument(2), invocation.getArgument(3)))
			.given(images)
			.store(any(), any(), any(), anyBoolean());
	}

	private static MockMultipartHttpServletRequestBuilder upload(String bucket, String prefix) {
		return multipart("/buckets/{bucket}/images", bucket).param("prefix", prefix);
	}

	private static MockMultipartFile png(String name) {
		return new MockMultipartFile("files", name, "image/png", PNG);
	}

	private static S3Object image(String key) {
		return S3Object.builder().key(key).size(1L).build();
	}

	private static AwsServiceException accessDenied() {
		return S3Exception.builder()
			.statusCode(403)
			.awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDenied").errorMessage("Access Denied").build())
			.build();
	}

	/**
	 * A multipart POST whose parts Tomcat refuses as it would a file over
	 * {@code spring.servlet.multipart.max-file-size}: the multipart resolver turns that
	 * into a MaxUploadSizeExceededException before any controller runs.
	 */
	static final class TooLargeUpload extends AbstractMockHttpServletRequestBuilder<TooLargeUpload> {

		TooLargeUpload(String uri) {
			super(HttpMethod.POST);
			uri(uri);
			contentType("multipart/form-data; boundary=imagegate");
		}

		@Override
		protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
			return new MockHttpServletRequest(servletContext) {

				@Override
				public Collection<Part> getParts() {
					throw new IllegalStateException(new FileSizeLimitExceededException(
							"The field files exceeds its maximum permitted size of 104857600 bytes.", 104857601L,
							104857600L));
				}

			};
		}

	}

}

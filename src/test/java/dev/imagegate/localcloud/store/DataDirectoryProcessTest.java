package dev.imagegate.localcloud.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.imagegate.IntegrationTest;
import dev.imagegate.PortalProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data directory as users meet it, in real processes: a second portal on a directory
 * in use, a state file that cannot be read, a directory that cannot be made. Each stops
 * the start with one line that says what and where, names
 * {@code imagegate.local.data-dir}, and carries no stack trace; nothing on disk changes.
 */
@IntegrationTest
class DataDirectoryProcessTest {

	@TempDir
	Path work;

	@Test
	void aSecondPortalOnADirectoryInUseRefusesToStartAndNamesTheFirst() throws Exception {
		Path data = work.resolve("shared");
		try (PortalProcess first = PortalProcess.start(work, "--imagegate.local.data-dir=" + data).awaitStarted();
				PortalProcess second = PortalProcess.start(work, "--imagegate.local.data-dir=" + data)) {
			assertThat(second.awaitExit()).isNotZero();

			assertThat(second.errorLines()).singleElement()
				.asString()
				.contains("imagegate.local.data-dir=" + data.toAbsolutePath())
				.contains("process " + first.pid());
			assertNoStackTrace(second.output());
			// The first one is not disturbed.
			assertThat(HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + first.localCloudPort() + "/_imagegate/health"))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aCorruptStateFileStopsTheStartNamingTheFileAndTheSetting() throws Exception {
		Path data = work.resolve("corrupt");
		Path state = data.resolve("iam/state.json");
		Files.createDirectories(state.getParent());
		Files.writeString(state, "{\"roles\": {\"imagegate-x\": {\"name\":");

		assertRefusedInOneLine(data, state.toAbsolutePath().toString(), "imagegate.local.data-dir");
		assertThat(state).hasContent("{\"roles\": {\"imagegate-x\": {\"name\":");
	}

	@Test
	void aDamagedS3MetadataFileStopsTheStartNamingTheFile() throws Exception {
		Path data = work.resolve("damaged-s3");
		Path metadata = data.resolve("s3/photos/bucketMetadata.json");
		Files.createDirectories(metadata.getParent());
		Files.writeString(metadata, "{\"name\":\"photos\",");

		assertRefusedInOneLine(data, metadata.toAbsolutePath().toString(), "imagegate.local.data-dir");
		assertThat(metadata).hasContent("{\"name\":\"photos\",");
	}

	@Test
	void aDirectoryThatCannotBeMadeStopsTheStartNamingTheSettingAndThePath() throws Exception {
		Path file = Files.writeString(work.resolve("a-file"), "not a directory");
		Path data = file.resolve("data");

		assertRefusedInOneLine(data, "imagegate.local.data-dir=" + data.toAbsolutePath());
		assertThat(file).hasContent("not a directory");
	}

	/**
	 * A portal on this directory exits, with one ERROR line saying all of these, and no
	 * stack trace.
	 */
	private void assertRefusedInOneLine(Path data, String... mentions) throws Exception {
		try (PortalProcess portal = PortalProcess.start(work, "--imagegate.local.data-dir=" + data)) {
			assertThat(portal.awaitExit()).isNotZero();
			assertThat(portal.errorLines()).singleElement().asString().contains(mentions);
			assertNoStackTrace(portal.output());
		}
	}

	private static void assertNoStackTrace(String output) {
		assertThat(output).doesNotContainPattern("\\n\\s+at [a-z]+\\.").doesNotContain("Caused by:");
	}

}

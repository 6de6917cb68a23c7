package dev.imagegate.localcloud.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.imagegate.localcloud.LocalCloudStartupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonStateFileTest {

	@TempDir
	Path dir;

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void savedStateIsReadBackAndNoTemporaryFileIsLeft() throws Exception {
		JsonStateFile<State> file = new JsonStateFile<>(dir.resolve("svc/state.json"), State.class, mapper);
		file.save(new State(Map.of("a", "1")));
		file.save(new State(Map.of("a", "2")));

		assertThat(file.load(State::new).values()).containsEntry("a", "2");
		try (Stream<Path> files = Files.list(dir.resolve("svc"))) {
			assertThat(files).extracting((f) -> f.getFileName().toString()).containsExactly("state.json");
		}
	}

	@Test
	void aMissingFileIsAFreshState() {
		assertThat(new JsonStateFile<>(dir.resolve("none.json"), State.class, mapper).load(() -> new State(Map.of()))
			.values()).isEmpty();
	}

	@Test
	void aTruncatedFileIsRefusedInOneLineNamingItAndTheSetting() throws Exception {
		Path path = Files.writeString(dir.resolve("state.json"), "{\"values\": {\"a\": ");

		assertThatThrownBy(() -> new JsonStateFile<>(path, State.class, mapper).load(State::new))
			.isInstanceOf(LocalCloudStartupException.class)
			.hasMessageContaining(path.toString())
			.hasMessageContaining("imagegate.local.data-dir")
			.hasMessageNotContaining("\n")
			.hasMessageNotContaining("REDACTED");
	}

	@Test
	void anEmptyOrNullFileIsRefusedRatherThanReadAsNothing() throws Exception {
		for (String content : List.of("", "null")) {
			Path path = Files.writeString(dir.resolve("state.json"), content);
			assertThatThrownBy(() -> new JsonStateFile<>(path, State.class, mapper).load(State::new))
				.isInstanceOf(LocalCloudStartupException.class)
				.hasMessageContaining(path.toString());
		}
	}

	@Test
	void aDirectoryInUseByThisProcessIsRefusedUntilItIsClosed() {
		try (DataDirectory first = DataDirectory.open(dir)) {
			assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(LocalCloudStartupException.class)
				.hasMessageContaining("imagegate.local.data-dir=" + dir.toAbsolutePath())
				.hasMessageContaining("process " + ProcessHandle.current().pid());
		}
		DataDirectory.open(dir).close();
	}

	record State(Map<String, String> values) {

		State() {
			this(Map.of());
		}

	}

}

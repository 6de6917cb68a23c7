package dev.imagegate.localcloud.apigateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.imagegate.localcloud.store.JsonStateFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API Gateway state, persisted as one JSON file per REST API under
 * {@code apigateway/apis/}. Changes are copy-on-write under one lock: an operation
 * changes private copies of the APIs it touches, which replace the state (and their
 * files) only if the operation succeeds. So an operation that fails half-way changes
 * nothing, readers, which need no lock, never see a half-made change, and a change costs
 * what the API it touches costs, however many APIs there are.
 */
class ApiGatewayStore {

	private final ReentrantLock lock = new ReentrantLock();

	private final Path directory;

	private final JsonMapper mapper;

	private volatile ApiGatewayState state;

	ApiGatewayStore(Path directory, JsonMapper mapper) {
		this.mapper = mapper;
		this.directory = directory;
		this.state = load();
	}

	/** Reads the current state; callers must not change what they get. */
	<T> T read(Function<ApiGatewayState, T> reader) {
		return reader.apply(state);
	}

	/** Applies a change atomically: all of it, saved, or (if it throws) none of it. */
	<T> T write(Function<ApiGatewayState, T> change) {
		lock.lock();
		try {
			ApiGatewayState before = state;
			ApiGatewayState copy = before.forChange((record) -> ApiGatewayJson.copy(mapper, record, ApiRecord.class));
			T result = change.apply(copy);
			save(before, copy);
			state = copy.published();
			return result;
		}
		finally {
			lock.unlock();
		}
	}

	JsonMapper mapper() {
		return mapper;
	}

	private void save(ApiGatewayState before, ApiGatewayState after) {
		Set<String> changed = new HashSet<>(after.touched());
		after.apis.keySet().stream().filter((id) -> !before.apis.containsKey(id)).forEach(changed::add);
		for (String id : changed) {
			ApiRecord record = after.apis.get(id);
			if (record != null) {
				file(id).save(record);
			}
		}
		for (String id : before.apis.keySet()) {
			if (!after.apis.containsKey(id)) {
				delete(id);
			}
		}
	}

	private ApiGatewayState load() {
		ApiGatewayState loaded = new ApiGatewayState();
		if (!Files.isDirectory(directory)) {
			return loaded;
		}
		try (Stream<Path> files = Files.list(directory)) {
			List<ApiRecord> records = files.filter((f) -> f.getFileName().toString().endsWith(".json"))
				.map((f) -> file(f.getFileName().toString().replaceFirst("\\.json$", "")).load(() -> null))
				.filter((r) -> r != null && r.api != null)
				.sorted(Comparator.comparing((ApiRecord r) -> (r.api.createdDate != null) ? r.api.createdDate : 0L)
					.thenComparing((r) -> r.api.id))
				.toList();
			records.forEach((r) -> loaded.apis.put(r.api.id, r));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the API Gateway state in " + directory, ex);
		}
		return loaded;
	}

	private JsonStateFile<ApiRecord> file(String apiId) {
		return new JsonStateFile<>(directory.resolve(apiId + ".json"), ApiRecord.class, mapper);
	}

	private void delete(String apiId) {
		try {
			Files.deleteIfExists(directory.resolve(apiId + ".json"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the state of API " + apiId, ex);
		}
	}

}

package dev.imagegate.localcloud.apigateway;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import dev.imagegate.localcloud.ConditionalOnLocalCloud;
import dev.imagegate.localcloud.LocalCloudProperties;
import dev.imagegate.localcloud.store.JsonStateFile;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The API Gateway state, persisted as one JSON file. Changes are copy-on-write under one
 * lock: an operation changes a private deep copy, which replaces the state (and the file)
 * only if the operation succeeds. So an operation that fails half-way changes nothing, and
 * readers, which need no lock, never see a half-made change.
 */
@Component
@ConditionalOnLocalCloud
class ApiGatewayStore {

	private final ReentrantLock lock = new ReentrantLock();

	private final JsonStateFile<ApiGatewayState> file;

	private final JsonMapper mapper;

	private volatile ApiGatewayState state;

	@Autowired
	ApiGatewayStore(LocalCloudProperties properties) {
		this(properties.dataDir().resolve("apigateway/state.json"), ApiGatewayJson.mapper());
	}

	ApiGatewayStore(Path stateFile, JsonMapper mapper) {
		this.mapper = mapper;
		this.file = new JsonStateFile<>(stateFile, ApiGatewayState.class, mapper);
		this.state = file.load(ApiGatewayState::new);
	}

	/** Reads the current state; callers must not change what they get. */
	<T> T read(Function<ApiGatewayState, T> reader) {
		return reader.apply(state);
	}

	/** Applies a change atomically: all of it, saved, or (if it throws) none of it. */
	<T> T write(Function<ApiGatewayState, T> change) {
		lock.lock();
		try {
			ApiGatewayState copy = ApiGatewayJson.copy(mapper, state, ApiGatewayState.class);
			T result = change.apply(copy);
			file.save(copy);
			state = copy;
			return result;
		}
		finally {
			lock.unlock();
		}
	}

	JsonMapper mapper() {
		return mapper;
	}

}

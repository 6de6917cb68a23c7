package dev.imagegate.localcloud.iam;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.imagegate.localcloud.store.JsonStateFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IAM emulator's state, in memory and in {@code iam/state.json}. Readers take the
 * current immutable snapshot without locking; writers take turns, change a copy, save it
 * and only then publish it, so a change that fails half-way (an AWS error thrown by the
 * service logic, a full disk) leaves nothing behind.
 */
class IamStore {

	private final JsonStateFile<IamState> file;

	private volatile IamState state;

	IamStore(Path dataDir) {
		this.file = new JsonStateFile<>(dataDir.resolve("iam/state.json"), IamState.class,
				JsonMapper.builder().build());
		this.state = file.load(IamState::empty);
	}

	IamState snapshot() {
		return state;
	}

	/**
	 * Applies a change to a copy of the roles (by lower-cased name) and commits it if it
	 * returns normally.
	 */
	synchronized <T> T update(Function<Map<String, StoredRole>, T> change) {
		Map<String, StoredRole> roles = new TreeMap<>(state.roles());
		T result = change.apply(roles);
		IamState next = new IamState(roles);
		file.save(next);
		state = next;
		return result;
	}

}

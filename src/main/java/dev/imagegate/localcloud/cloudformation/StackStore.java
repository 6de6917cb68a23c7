package dev.imagegate.localcloud.cloudformation;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

import dev.imagegate.localcloud.store.JsonStateFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stacks and change sets, in memory and in {@code cloudformation/state.json}. One
 * writer at a time (stack operations run synchronously, so a whole deploy is one turn);
 * every turn ends with the state saved.
 */
class StackStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonStateFile<StackState> file;

	private StackState state;

	StackStore(Path dataDir) {
		this.file = new JsonStateFile<>(dataDir.resolve("cloudformation/state.json"), StackState.class, JSON);
		this.state = file.load(StackState::new);
	}

	/**
	 * Runs a read or a change with the state to itself, saving it afterwards whether or
	 * not it threw.
	 */
	synchronized <T> T apply(Function<StackState, T> work) {
		try {
			return work.apply(state);
		}
		finally {
			file.save(state);
		}
	}

	/**
	 * The stack a StackName parameter names: by id (ARN) any stack, deleted ones
	 * included; by name only a live one, the newest.
	 */
	static Optional<StackState.Stack> find(StackState state, String nameOrId) {
		if (nameOrId.startsWith("arn:")) {
			return state.stacks.stream().filter((s) -> s.stackId.equals(nameOrId)).findFirst();
		}
		return state.stacks.stream()
			.filter((s) -> s.stackName.equals(nameOrId) && !"DELETE_COMPLETE".equals(s.status))
			.max(Comparator.comparing((StackState.Stack s) -> s.creationTime));
	}

	static StackState.Stack require(StackState state, String nameOrId) {
		return find(state, nameOrId).orElseThrow(() -> TemplateErrors.stackNotFound(nameOrId));
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stacks outlive the process, in {@code cloudformation/state.json} like the other
 * services' state.
 */
class StackStoreTest {

	@TempDir
	Path dataDir;

	@Test
	void aStackIsReadBackAfterARestartAndFoundByNameOrId() {
		StackStore first = new StackStore(dataDir);
		first.apply((state) -> {
			StackState.Stack stack = new StackState.Stack();
			stack.stackName = "kept";
			stack.stackId = "arn:aws:cloudformation:us-east-1:000000000000:stack/kept/1";
			stack.status = "CREATE_COMPLETE";
			stack.creationTime = StackEvents.now();
			StackEvents.stackStatus(stack, "CREATE_COMPLETE", null);
			state.stacks.add(stack);
			return null;
		});
		assertThat(Files.exists(dataDir.resolve("cloudformation/state.json"))).isTrue();

		StackStore second = new StackStore(dataDir);

		StackState.Stack byName = second.apply((state) -> StackStore.require(state, "kept"));
		StackState.Stack byId = second
			.apply((state) -> StackStore.require(state, "arn:aws:cloudformation:us-east-1:000000000000:stack/kept/1"));
		assertThat(byName.events).hasSize(1);
		assertThat(byName.events.get(0).status).isEqualTo("CREATE_COMPLETE");
		assertThat(byId.stackName).isEqualTo("kept");
	}

	@Test
	void aDeletedStackIsFoundByItsIdOnly() {
		StackStore store = new StackStore(dataDir);
		store.apply((state) -> {
			StackState.Stack stack = new StackState.Stack();
			stack.stackName = "gone";
			stack.stackId = "arn:aws:cloudformation:us-east-1:000000000000:stack/gone/1";
			stack.status = "DELETE_COMPLETE";
			stack.creationTime = StackEvents.now();
			state.stacks.add(stack);
			return null;
		});

		Optional<StackState.Stack> byName = store.apply((state) -> StackStore.find(state, "gone"));
		Optional<StackState.Stack> byId = store
			.apply((state) -> StackStore.find(state, "arn:aws:cloudformation:us-east-1:000000000000:stack/gone/1"));
		assertThat(byName).isEmpty();
		assertThat(byId).isPresent();
	}

}

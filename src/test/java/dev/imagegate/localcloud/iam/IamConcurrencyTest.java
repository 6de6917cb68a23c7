package dev.imagegate.localcloud.iam;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.imagegate.LocalCloudTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.imagegate.localcloud.iam.IamTestSupport.READ_IMAGES_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.TRUST_POLICY;
import static dev.imagegate.localcloud.iam.IamTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel changes to one role are all kept, and only one of several identical creates
 * wins.
 */
@LocalCloudTest
class IamConcurrencyTest {

	@Autowired
	IamClient iam;

	@Test
	void parallelPutsOnOneRoleAreAllKept() throws Exception {
		String name = uniqueName("parallel");
		iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<? extends Future<?>> puts = IntStream.range(0, 24)
				.mapToObj((i) -> pool.submit(() -> iam
					.putRolePolicy((r) -> r.roleName(name).policyName("p" + i).policyDocument(READ_IMAGES_POLICY))))
				.toList();
			for (Future<?> put : puts) {
				put.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(iam.listRolePoliciesPaginator((r) -> r.roleName(name)).policyNames().stream().count()).isEqualTo(24);
	}

	@Test
	void exactlyOneOfParallelCreatesSucceeds() throws Exception {
		String name = uniqueName("race");
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<Boolean>> creates;
		try {
			creates = IntStream.range(0, 6).mapToObj((i) -> pool.submit(() -> {
				try {
					iam.createRole((r) -> r.roleName(name).assumeRolePolicyDocument(TRUST_POLICY));
					return true;
				}
				catch (EntityAlreadyExistsException ex) {
					return false;
				}
			})).toList();
			int succeeded = 0;
			for (Future<Boolean> create : creates) {
				succeeded += create.get() ? 1 : 0;
			}
			assertThat(succeeded).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
	}

}

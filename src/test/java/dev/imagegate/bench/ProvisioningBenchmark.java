package dev.imagegate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On demand, not part of the build's tests: {@code ./mvnw -Pbenchmark test}. Full
 * provisioning against the local cloud: wall time of fresh runs (median of 20, after 3
 * warm-up runs), AWS calls of a fresh run, and mutating calls of a re-run. Figures go to
 * stdout and target/benchmarks/provisioning.txt; see docs/benchmarks.md.
 */
@Tag("benchmark")
@LocalCloudTest
class ProvisioningBenchmark {

	private static final int WARM_UP = 3;

	private static final int RUNS = 20;

	@Autowired
	ProxyApiProvisioner provisioner;

	@Autowired
	S3Client s3;

	private static String medians(java.util.Map<String, List<Long>> byStep) {
		StringBuilder out = new StringBuilder();
		byStep.forEach((step, values) -> out.append(step)
			.append(' ')
			.append(values.stream().sorted().toList().get(values.size() / 2))
			.append(" ms, "));
		return out.toString();
	}

	@Test
	void freshAndRepeatedRuns() throws IOException {
		List<Long> millis = new ArrayList<>();
		List<Long> calls = new ArrayList<>();
		List<Long> rerunMutating = new ArrayList<>();
		java.util.Map<String, List<Long>> stepMillis = new java.util.LinkedHashMap<>();
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			String bucket = "bench-bucket-" + i;
			s3.createBucket((b) -> b.bucket(bucket));
			s3.putObject((p) -> p.bucket(bucket).key("images/a.png").contentType("image/png"),
					RequestBody.fromBytes(new byte[1024]));
			ProxyApiSpec spec = ProxyApiSpec.of(bucket, "bench-api-" + i);
			long start = System.nanoTime();
			ProvisioningResult fresh = provisioner.provision(spec);
			long elapsed = (System.nanoTime() - start) / 1_000_000;
			assertThat(fresh.succeeded()).isTrue();
			ProvisioningResult again = provisioner.provision(spec);
			if (i >= WARM_UP) {
				millis.add(elapsed);
				calls.add(fresh.awsCalls());
				rerunMutating.add(again.mutatingCalls());
				fresh.steps()
					.forEach((step) -> stepMillis.computeIfAbsent(step.name(), (k) -> new ArrayList<>())
						.add(step.durationMs()));
			}
		}
		List<Long> sorted = millis.stream().sorted().toList();
		String report = """
				provisioning against the local cloud, %d fresh runs after %d warm-up runs
				wall time per fresh run (steps 1-10, verification included): median %d ms, min %d ms, max %d ms
				AWS calls per fresh run: %s (of which verification: ListObjectsV2 + GetObject)
				mutating calls on a re-run of the same spec: %s
				median per step: %s
				""".formatted(RUNS, WARM_UP, sorted.get(sorted.size() / 2), sorted.get(0),
				sorted.get(sorted.size() - 1), calls.stream().distinct().toList(),
				rerunMutating.stream().distinct().toList(), medians(stepMillis));
		System.out.println(report);
		Path out = Path.of("target/benchmarks/provisioning.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

}

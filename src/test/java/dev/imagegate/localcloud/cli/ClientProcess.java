package dev.imagegate.localcloud.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs an AWS client other than the Java SDK (the AWS CLI, a boto3 script) as a process,
 * with throwaway credentials and none of the user's AWS configuration, and keeps what it
 * printed.
 */
public final class ClientProcess {

	private ClientProcess() {
	}

	/**
	 * @param work a scratch directory (the config and credential files named there do not
	 * exist)
	 * @param missing what to install when the program cannot be started
	 */
	public static Result run(List<String> command, Path work, String missing) throws IOException, InterruptedException {
		return run(command, work, missing, Map.of(), 60);
	}

	/**
	 * The same with more variables for the process (an endpoint, a region) and a time
	 * limit.
	 */
	public static Result run(List<String> command, Path work, String missing, Map<String, String> variables,
			int timeoutSeconds) throws IOException, InterruptedException {
		// Output goes to files, read once the process has ended: reading one pipe to its
		// end while
		// the process blocks on writing the other would hang, and the timeout would never
		// apply.
		Path stdout = Files.createTempFile(work, "stdout-", ".txt");
		Path stderr = Files.createTempFile(work, "stderr-", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		Map<String, String> env = builder.environment();
		env.put("AWS_ACCESS_KEY_ID", "test");
		env.put("AWS_SECRET_ACCESS_KEY", "test");
		env.put("AWS_PAGER", "");
		env.put("AWS_CONFIG_FILE", work.resolve("no-config").toString());
		env.put("AWS_SHARED_CREDENTIALS_FILE", work.resolve("no-credentials").toString());
		env.remove("AWS_PROFILE");
		env.putAll(variables);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(missing, ex);
		}
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s; it printed: "
					+ Files.readString(stderr));
		}
		return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
				Files.readString(stderr, StandardCharsets.UTF_8));
	}

	/**
	 * Runs a boto3 script ({@code python3 -c}) with the endpoint as its one argument; it
	 * must exit 0.
	 */
	static String runBoto3(String script, String endpoint, Path work) throws IOException, InterruptedException {
		Result result = run(List.of("python3", "-c", script, endpoint), work,
				"python3 with boto3 is needed for this test: apt-get install python3-boto3 (CI's .ci/run does)");
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		return result.stdout();
	}

	public record Result(int exitCode, String stdout, String stderr) {
	}

}

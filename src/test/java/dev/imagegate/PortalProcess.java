package dev.imagegate;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.fail;

/**
 * The portal as its users run it: a JVM of its own, from the test class path, with its
 * output in a file. For what only a whole process shows: the sockets it listens on, what
 * it prints when it cannot start, two processes on one data directory.
 */
public final class PortalProcess implements AutoCloseable {

	private static final Pattern LOCAL_CLOUD = Pattern.compile("embedded local cloud at http://[^:]+:(\\d+)");

	private static final Pattern PORTAL = Pattern.compile("Tomcat started on port (\\d+)");

	private final Process process;

	private final Path output;

	private PortalProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/**
	 * Starts the portal with these arguments after
	 * {@code --server.port=0 --imagegate.local.port=0}.
	 */
	public static PortalProcess start(Path work, String... arguments) throws IOException {
		return start(work, Map.of(), arguments);
	}

	/**
	 * The same with these environment variables; none of the caller's AWS or imagegate
	 * ones are passed on.
	 */
	public static PortalProcess start(Path work, Map<String, String> environment, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-cp", System.getProperty("java.class.path"), ImagegateApplication.class.getName(),
						"--server.port=0", "--imagegate.local.port=0", "--imagegate.security.users[0].name=process",
						"--imagegate.security.users[0].password=process-password"));
		command.addAll(List.of(arguments));
		Path output = Files.createTempFile(work, "portal-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		Map<String, String> env = builder.environment();
		env.keySet().removeIf((name) -> name.startsWith("AWS_") || name.startsWith("IMAGEGATE_"));
		env.putAll(environment);
		return new PortalProcess(builder.start(), output);
	}

	/**
	 * Waits until the portal says it started; fails with its output if it exits or takes
	 * too long.
	 */
	public PortalProcess awaitStarted() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!output().contains("Started ImagegateApplication")) {
			if (!process.isAlive()) {
				fail("The portal exited with " + process.exitValue() + " before it started:\n" + output());
			}
			if (System.nanoTime() > deadline) {
				fail("The portal did not start within 90 s:\n" + output());
			}
			Thread.sleep(100);
		}
		return this;
	}

	/** Waits for the process to end on its own; its exit code. */
	public int awaitExit() throws IOException, InterruptedException {
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("The portal did not exit within 90 s:\n" + output());
		}
		return process.exitValue();
	}

	public long pid() {
		return process.pid();
	}

	public String output() throws IOException {
		return Files.readString(output, StandardCharsets.UTF_8);
	}

	/** The lines logged at ERROR level. */
	public List<String> errorLines() throws IOException {
		return output().lines().filter((line) -> line.contains(" ERROR ")).toList();
	}

	public int localCloudPort() throws IOException, InterruptedException {
		return port(LOCAL_CLOUD);
	}

	public int portalPort() throws IOException, InterruptedException {
		return port(PORTAL);
	}

	/**
	 * A port the portal logs, waiting a little: some are logged just after it says it
	 * started.
	 */
	private int port(Pattern pattern) throws IOException, InterruptedException {
		for (int attempt = 0; attempt < 100; attempt++) {
			Matcher matcher = pattern.matcher(output());
			if (matcher.find()) {
				return Integer.parseInt(matcher.group(1));
			}
			Thread.sleep(100);
		}
		return fail("The portal did not log its port (" + pattern + "):\n" + output());
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

}

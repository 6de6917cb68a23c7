package dev.imagegate.localcloud.cloudformation;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.imagegate.localcloud.cli.ClientProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.fail;

/** The AWS CLI v2 against the local cloud, in us-east-1, answering JSON. */
final class AwsCli {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI endpoint;

	private final Path work;

	AwsCli(URI endpoint, Path work) {
		this.endpoint = endpoint;
		this.work = work;
	}

	/** Runs a command that must succeed; its JSON output (empty when it printed none). */
	JsonNode run(String... args) throws IOException, InterruptedException {
		ClientProcess.Result result = exec(args);
		if (result.exitCode() != 0) {
			fail("aws " + String.join(" ", args) + " failed (" + result.exitCode() + "): " + result.stderr());
		}
		return result.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.stdout());
	}

	ClientProcess.Result exec(String... args) throws IOException, InterruptedException {
		String aws = Files.isExecutable(Path.of("/usr/bin/aws")) ? "/usr/bin/aws" : "aws";
		List<String> command = new ArrayList<>(
				List.of(aws, "--endpoint-url", endpoint.toString(), "--region", "us-east-1", "--output", "json"));
		command.addAll(List.of(args));
		return ClientProcess.run(command, work, "The AWS CLI is needed for this test: apt-get install awscli");
	}

}

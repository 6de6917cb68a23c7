package dev.imagegate.localcloud.cli;

import java.nio.file.Path;
import java.util.List;

import dev.imagegate.IntegrationTest;
import dev.imagegate.LocalCloudTest;
import dev.imagegate.localcloud.LocalCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service the local cloud does not emulate answers 501 in a shape the client's SDK can
 * read, so the user sees why instead of an empty message: botocore's query parser (SNS)
 * and its JSON parser (DynamoDB) both get the code and the message.
 */
@IntegrationTest
@LocalCloudTest
class Boto3UnemulatedServiceTest {

	/**
	 * Prints, per service, the status, error code and message botocore parsed, as JSON.
	 */
	private static final String SCRIPT = """
			import json, sys
			import boto3, botocore.config, botocore.exceptions
			config = botocore.config.Config(retries={"mode": "standard", "total_max_attempts": 1})
			calls = {"sns": lambda c: c.list_topics(), "dynamodb": lambda c: c.list_tables()}
			answers = {}
			for name, call in calls.items():
			    client = boto3.client(name, endpoint_url=sys.argv[1], region_name="us-east-1", config=config)
			    try:
			        call(client)
			        answers[name] = None
			    except botocore.exceptions.ClientError as ex:
			        answers[name] = {"status": ex.response["ResponseMetadata"]["HTTPStatusCode"],
			                         "code": ex.response["Error"]["Code"], "message": ex.response["Error"]["Message"]}
			print(json.dumps(answers))
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	LocalCloud localCloud;

	@TempDir
	Path work;

	@Test
	void queryAndJsonClientsBothReadTheRefusal() throws Exception {
		JsonNode answers = JSON.readTree(ClientProcess.runBoto3(SCRIPT, localCloud.endpoint().toString(), work));
		for (String service : List.of("sns", "dynamodb")) {
			JsonNode answer = answers.get(service);
			assertThat(answer.get("status").asInt()).as(service).isEqualTo(501);
			assertThat(answer.get("code").asString()).as(service).isEqualTo("NotImplemented");
			assertThat(answer.get("message").asString()).as(service)
				.startsWith("The imagegate local cloud does not emulate the service '" + service + "'")
				.contains("apigateway, cloudformation, iam, s3, sts");
		}
	}

}

package dev.imagegate.localcloud.cli;

import java.nio.file.Path;

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
 * STS through boto3, as Python tools ask "who am I" (botocore's own query marshalling and
 * error parsing). Needs python3 with boto3: apt-get install python3-boto3 (CI's .ci/run
 * does).
 */
@IntegrationTest
@LocalCloudTest
class Boto3StsTest {

	/**
	 * Prints the identity and the error code of an action the local cloud does not
	 * emulate, as JSON.
	 */
	private static final String SCRIPT = """
			import json, sys
			import boto3, botocore.exceptions
			sts = boto3.client("sts", endpoint_url=sys.argv[1], region_name="us-east-1")
			identity = sts.get_caller_identity()
			try:
			    sts.get_session_token()
			    error = None
			except botocore.exceptions.ClientError as ex:
			    error = ex.response["Error"]["Code"]
			print(json.dumps({"Account": identity["Account"], "Arn": identity["Arn"], "UserId": identity["UserId"],
			                  "GetSessionToken": error}))
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	LocalCloud localCloud;

	@TempDir
	Path work;

	@Test
	void getCallerIdentityNamesTheLocalAccountAndItsRoot() throws Exception {
		JsonNode answer = JSON.readTree(ClientProcess.runBoto3(SCRIPT, localCloud.endpoint().toString(), work));
		assertThat(answer.get("Account").asString()).isEqualTo("000000000000");
		assertThat(answer.get("Arn").asString()).isEqualTo("arn:aws:iam::000000000000:root");
		assertThat(answer.get("UserId").asString()).isEqualTo("000000000000");
		assertThat(answer.get("GetSessionToken").asString()).isEqualTo("InvalidAction");
	}

}

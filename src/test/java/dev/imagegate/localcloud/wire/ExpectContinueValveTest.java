package dev.imagegate.localcloud.wire;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectContinueValveTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "aws-cli/2.9.19 Python/3.11.2 Linux/6.1 source/x86_64.debian.12 prompt/off command/s3.cp|true",
					"Boto3/1.20.0 Python/3.9 Linux/5 Botocore/1.23.0|true",
					"aws-cli/1.45.11 Python/3.11.7 Linux/6 botocore/1.43.11|false",
					"Boto3/1.40.0 md/Botocore#1.43.0 Botocore/1.43.0|false",
					"aws-sdk-java/2.57.8 md/io#sync md/http#Apache|false" })
	void onlyOldBotocoreGoesWithoutTheInterimResponse(String userAgent, boolean withoutInterim) {
		assertThat(ExpectContinueValve.needsNoInterimResponse(userAgent)).isEqualTo(withoutInterim);
	}

}

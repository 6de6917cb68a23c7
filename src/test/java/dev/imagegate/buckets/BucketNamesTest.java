package dev.imagegate.buckets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BucketNamesTest {

	@ParameterizedTest
	@ValueSource(strings = { "abc", "api-gw-image-test-s3", "my.bucket.name", "a1b2c3",
			"a23456789012345678901234567890123456789012345678901234567890123" })
	void validNames(String name) {
		assertThat(BucketNames.problem(name)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "ab|between 3 and 63", "My-Bucket|lowercase", "bucket_name|lowercase", "-bucket|begin and end",
					"bucket-|begin and end", "my..bucket|two adjacent dots", "192.168.5.4|IP address",
					"xn--bucket|xn--", "sthree-bucket|sthree-", "bucket-s3alias|-s3alias", "bucket--ol-s3|--ol-s3",
					"bucket.mrap|.mrap", "buck et|lowercase",
					"a234567890123456789012345678901234567890123456789012345678901234|between 3 and 63" })
	void invalidNamesSayWhy(String name, String reason) {
		assertThat(BucketNames.problem(name)).contains(reason);
	}

}

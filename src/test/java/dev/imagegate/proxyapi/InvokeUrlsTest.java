package dev.imagegate.proxyapi;

import java.net.URI;
import java.util.Optional;

import dev.imagegate.cloud.CloudConnection;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import static org.assertj.core.api.Assertions.assertThat;

class InvokeUrlsTest {

	@Test
	void onAwsTheExecuteApiHost() {
		InvokeUrls urls = new InvokeUrls(new CloudConnection(CloudConnection.Kind.AWS, Optional.empty(),
				Region.EU_WEST_1, AnonymousCredentialsProvider.create(), false));

		assertThat(urls.template("abc123defg", "test", "s3", "image"))
			.isEqualTo("https://abc123defg.execute-api.eu-west-1.amazonaws.com/test/s3?image={key}");
	}

	@Test
	void onTheLocalCloudOrLocalStackTheExecuteApiPath() {
		InvokeUrls urls = new InvokeUrls(
				new CloudConnection(CloudConnection.Kind.LOCAL_CLOUD, Optional.of(URI.create("http://localhost:4566")),
						Region.US_EAST_1, AnonymousCredentialsProvider.create(), true));

		assertThat(urls.template("abc123defg", "test", "s3", "image"))
			.isEqualTo("http://localhost:4566/_aws/execute-api/abc123defg/test/s3?image={key}");
	}

	@Test
	void keysArePercentEncodedLikeEncodeUriComponent() {
		assertThat(InvokeUrls.forKey("http://h/s3?image={key}", "a b+c&d#e%f/ü(1)!~*'.jpg"))
			.isEqualTo("http://h/s3?image=a%20b%2Bc%26d%23e%25f%2F%C3%BC(1)!~*'.jpg");
	}

}

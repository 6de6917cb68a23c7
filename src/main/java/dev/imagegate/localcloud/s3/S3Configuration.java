package dev.imagegate.localcloud.s3;

import tools.jackson.databind.json.JsonMapper;

import dev.imagegate.localcloud.ConditionalOnLocalCloud;
import dev.imagegate.localcloud.store.DataDirectory;
import dev.imagegate.localcloud.store.JsonStateFile;
import dev.imagegate.localcloud.wire.FaultInjector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local cloud's S3: S3Mock in process, the bucket settings kept under
 * {@code {data-dir}/s3-settings/}, and the front that serves both on the local cloud's
 * port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnLocalCloud
class S3Configuration {

	@Bean
	EmbeddedS3Mock embeddedS3Mock() {
		return new EmbeddedS3Mock();
	}

	/** The bucket subresources the local cloud keeps itself (S3Mock has none of them). */
	@Bean
	BucketSettings s3BucketSettings(DataDirectory data) {
		return new BucketSettings(new JsonStateFile<>(data.resolve("s3-settings/buckets.json"),
				BucketSettings.State.class, JsonMapper.builder().build()));
	}

	@Bean
	S3Dispatcher s3Dispatcher(EmbeddedS3Mock s3Mock, BucketSettings settings) {
		return new S3Dispatcher(s3Mock, settings);
	}

	@Bean
	S3Front s3Front(S3Dispatcher dispatcher, FaultInjector faults) {
		return new S3Front(dispatcher, faults);
	}

}

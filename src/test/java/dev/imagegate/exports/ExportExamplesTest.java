package dev.imagegate.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.imagegate.LocalCloudTest;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.Throttle;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/export/ holds one example of each format, from the endpoint docs/export.md
 * describes: this keeps them what the exporter gives. With
 * {@code -Dimagegate.update-docs=true} it rewrites them instead.
 */
@LocalCloudTest
class ExportExamplesTest {

	static final Path EXAMPLES = Path.of("docs", "export");

	@Autowired
	ProxyApiProvisioner provisioner;

	@Autowired
	EndpointExports exports;

	@Autowired
	S3Client s3;

	@Test
	void theExamplesInTheDocsAreWhatTheExporterGives() throws IOException {
		s3.createBucket((b) -> b.bucket("my-images"));
		ProvisioningResult result = provisioner
			.provision(ProxyApiSpec.of("my-images", "my-images-api").withThrottle(new Throttle(50.0, 100)));
		assertThat(result.succeeded()).isTrue();

		for (ExportFormat format : ExportFormat.values()) {
			EndpointExports.Export export = exports.export(result.apiId(), format);
			Path example = EXAMPLES.resolve(export.fileName());
			if (Boolean.getBoolean("imagegate.update-docs")) {
				Files.writeString(example, export.text());
			}
			assertThat(example)
				.as("%s is out of date: run ./mvnw test -Dtest=ExportExamplesTest " + "-Dimagegate.update-docs=true",
						example)
				.hasContent(export.text());
		}
	}

}

package dev.imagegate.exports;

import java.util.Map;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.imagegate.cloud.AwsClients;
import dev.imagegate.cloud.CloudConnection;
import dev.imagegate.endpoints.EndpointNotFoundException;
import dev.imagegate.endpoints.EndpointSpecs;
import dev.imagegate.proxyapi.ProxyApiDesign;
import dev.imagegate.proxyapi.ProxyApiSpec;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

import org.springframework.stereotype.Service;

/**
 * A managed endpoint as code, from its settings as read back from the cloud: the same
 * endpoint always gives the same bytes (nothing in them depends on when it is asked).
 */
@Service
public class EndpointExports {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
		.build();

	private final EndpointSpecs specs;

	private final AwsClients clients;

	private final CloudConnection connection;

	public EndpointExports(EndpointSpecs specs, AwsClients clients, CloudConnection connection) {
		this.specs = specs;
		this.clients = clients;
		this.connection = connection;
	}

	/** One exported file. */
	public record Export(ExportFormat format, String fileName, String text) {
	}

	public Export export(String apiId, ExportFormat format) {
		ProxyApiSpec spec = specs.current(apiId).orElseThrow(() -> new EndpointNotFoundException(apiId));
		ProxyApiDesign design = ProxyApiDesign.of(spec, connection.region().id());
		String text = switch (format) {
			case OPENAPI -> JSON.writeValueAsString(openApi(apiId, design)) + "\n";
			case CLOUDFORMATION -> CloudFormationExport.template(design);
			case CLI -> CliScriptExport.script(design);
		};
		return new Export(format, format.fileName(spec.apiName()), text);
	}

	/**
	 * On AWS, API Gateway's own export of the deployed stage, so that what is exported is
	 * what runs; elsewhere (and where AWS has no deployed stage to export) the generated
	 * document, which is the same for an endpoint as imagegate built it. Emulators'
	 * exports differ in detail from AWS's, which is why only AWS's is trusted.
	 */
	private Map<String, Object> openApi(String apiId, ProxyApiDesign design) {
		Map<String, Object> generated = OpenApiExport.document(design, roleArn(design));
		if (connection.kind() != CloudConnection.Kind.AWS) {
			return generated;
		}
		return DeployedOpenApi.read(clients.apiGateway(), apiId, design.spec().stage(), generated).orElse(generated);
	}

	/**
	 * The role's ARN as IAM has it (the OpenAPI integration names it), or the one
	 * redeploying would give it when it is gone.
	 */
	private String roleArn(ProxyApiDesign design) {
		try {
			return clients.iam().getRole((g) -> g.roleName(design.roleName())).role().arn();
		}
		catch (NoSuchEntityException ex) {
			String account = clients.sts().getCallerIdentity().account();
			return "arn:" + design.partition() + ":iam::" + account + ":role/" + design.roleName();
		}
	}

}

package dev.imagegate.localcloud.cloudformation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;

/**
 * {@code AWS::ApiGateway::Method}: the method request, its method responses, its
 * integration and the integration's responses, put in that order (an integration response
 * maps into a method response that must exist). An update puts the method afresh under
 * the same id.
 */
final class ApiMethodType implements ResourceType {

	private final CloudClients clients;

	ApiMethodType(CloudClients clients) {
		this.clients = clients;
	}

	@Override
	public String type() {
		return "AWS::ApiGateway::Method";
	}

	@Override
	public Set<String> attributes() {
		return Set.of();
	}

	@Override
	public Provisioned create(ResourceContext context, Properties properties) {
		put(properties);
		// CloudFormation's method ids look like "mysta-metho-01234b567890example".
		String id = (prefix(context.stackName()) + "-" + prefix(context.logicalId()) + "-" + Ids.random(12, true))
			.toLowerCase(Locale.ROOT);
		return new Provisioned(id, Map.of());
	}

	@Override
	public boolean needsReplacement(Properties old, Properties properties) {
		return properties.differs(old, "RestApiId", "ResourceId", "HttpMethod");
	}

	@Override
	public Provisioned update(ResourceContext context, StackState.Resource current, Properties properties) {
		try {
			delete(current);
		}
		catch (NotFoundException ex) {
			// Gone already (a rollback putting back a method whose update failed
			// half-way).
		}
		put(properties);
		return new Provisioned(current.physicalId, current.attributes);
	}

	@Override
	public void delete(StackState.Resource resource) {
		Properties properties = new Properties(resource.properties);
		clients.apiGateway()
			.deleteMethod((d) -> d.restApiId(properties.string("RestApiId"))
				.resourceId(properties.string("ResourceId"))
				.httpMethod(properties.string("HttpMethod")));
	}

	private void put(Properties properties) {
		ApiGatewayClient apiGateway = clients.apiGateway();
		String api = properties.required("RestApiId");
		String resource = properties.required("ResourceId");
		String method = properties.required("HttpMethod");
		apiGateway.putMethod((m) -> m.restApiId(api)
			.resourceId(resource)
			.httpMethod(method)
			.authorizationType(properties.required("AuthorizationType"))
			.authorizerId(properties.string("AuthorizerId"))
			.apiKeyRequired(properties.bool("ApiKeyRequired"))
			.operationName(properties.string("OperationName"))
			.requestParameters(properties.booleanMap("RequestParameters"))
			.requestModels(properties.stringMap("RequestModels"))
			.requestValidatorId(properties.string("RequestValidatorId")));
		for (Properties response : properties.objects("MethodResponses")) {
			apiGateway.putMethodResponse((r) -> r.restApiId(api)
				.resourceId(resource)
				.httpMethod(method)
				.statusCode(response.required("StatusCode"))
				.responseParameters(response.booleanMap("ResponseParameters"))
				.responseModels(response.stringMap("ResponseModels")));
		}
		Properties integration = properties.object("Integration");
		if (integration == null) {
			return;
		}
		apiGateway.putIntegration((i) -> i.restApiId(api)
			.resourceId(resource)
			.httpMethod(method)
			.type(integration.required("Type"))
			.integrationHttpMethod(integration.string("IntegrationHttpMethod"))
			.uri(integration.string("Uri"))
			.credentials(integration.string("Credentials"))
			.requestParameters(integration.stringMap("RequestParameters"))
			.requestTemplates(integration.stringMap("RequestTemplates"))
			.passthroughBehavior(integration.string("PassthroughBehavior"))
			.contentHandling(integration.string("ContentHandling"))
			.timeoutInMillis(integration.integer("TimeoutInMillis"))
			.cacheKeyParameters(integration.strings("CacheKeyParameters"))
			.cacheNamespace(integration.string("CacheNamespace"))
			.connectionType(integration.string("ConnectionType"))
			.connectionId(integration.string("ConnectionId")));
		for (Properties response : integration.objects("IntegrationResponses")) {
			apiGateway.putIntegrationResponse((r) -> r.restApiId(api)
				.resourceId(resource)
				.httpMethod(method)
				.statusCode(response.required("StatusCode"))
				.selectionPattern(response.string("SelectionPattern"))
				.responseParameters(response.stringMap("ResponseParameters"))
				.responseTemplates(response.stringMap("ResponseTemplates"))
				.contentHandling(response.string("ContentHandling")));
		}
	}

	private static String prefix(String name) {
		return (name.length() > 5) ? name.substring(0, 5) : name;
	}

}

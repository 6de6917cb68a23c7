package dev.imagegate.localcloud.executeapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.imagegate.localcloud.apigateway.ApiGatewayDeployments;
import dev.imagegate.localcloud.apigateway.StageDeployment;
import dev.imagegate.localcloud.apigateway.model.IntegrationResponse;
import dev.imagegate.localcloud.apigateway.model.Method;
import dev.imagegate.localcloud.executeapi.CompiledApi.RouteMatch;
import dev.imagegate.localcloud.executeapi.IntegrationRequestMapper.S3Request;
import dev.imagegate.localcloud.iam.IamRoles;
import dev.imagegate.localcloud.iam.RolePermissions;
import dev.imagegate.localcloud.s3.S3Answer;
import dev.imagegate.http.BodyLimit;
import dev.imagegate.localcloud.wire.CloudException;
import dev.imagegate.localcloud.wire.CloudServiceHandler;
import dev.imagegate.localcloud.wire.JsonText;
import dev.imagegate.localcloud.wire.TextResponse;

/**
 * The execute-api data plane: serves the deployment a stage points at, as API Gateway
 * does for AWS integrations to S3. One request goes through the chain parse -> stage and
 * throttle -> route -> method request -> integration request -> integration (as the role)
 * -> integration response -> method response, each a small class; every error API Gateway
 * itself raises is an {@link ExecuteApiException}, rendered here and nowhere else.
 */
public class ExecuteApiHandler implements CloudServiceHandler {

	/**
	 * Its qualifier: it is injected by name where the local cloud is built, never as one
	 * of the services.
	 */
	public static final String QUALIFIER = "executeApi";

	private static final Logger log = LoggerFactory.getLogger(ExecuteApiHandler.class);

	/** API Gateway's request payload limit. */
	static final long MAX_PAYLOAD = 10L * 1024 * 1024;

	/** The service principal an integration's role must trust. */
	static final String API_GATEWAY_PRINCIPAL = "apigateway.amazonaws.com";

	private final ApiGatewayDeployments deployments;

	private final CompiledApis compiled;

	private final IamRoles roles;

	private final S3Integration s3;

	private final StageThrottle throttle = new StageThrottle(System::nanoTime);

	ExecuteApiHandler(ApiGatewayDeployments deployments, CompiledApis compiled, IamRoles roles, S3Integration s3) {
		this.deployments = deployments;
		this.compiled = compiled;
		this.roles = roles;
		this.s3 = s3;
	}

	@Override
	public String signingName() {
		return "execute-api";
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Invocation invocation = InvocationParser.parse(request);
		try {
			serve(invocation, response);
		}
		catch (ExecuteApiException ex) {
			writeError(response, invocation, ex);
		}
		catch (IOException | RuntimeException ex) {
			// S3 unreachable, or the client went away mid-body: AWS answers a failed
			// integration with a 500.
			log.debug("execute-api request {} failed", invocation.requestId(), ex);
			writeError(response, invocation, ExecuteApiException.internalServerError());
		}
	}

	@Override
	public void writeError(HttpServletRequest request, HttpServletResponse response, CloudException error)
			throws IOException {
		response.setHeader("x-amzn-ErrorType", error.code());
		TextResponse.write(response, error.status(), "application/json", JsonText.message(error.getMessage()));
	}

	private void serve(Invocation invocation, HttpServletResponse response) throws IOException {
		StageDeployment stage = deployments.stageDeployment(invocation.apiId(), invocation.stage());
		if (!stage.apiExists()) {
			throw ExecuteApiException.notFound();
		}
		if (!stage.stageExists()) {
			throw ExecuteApiException.forbidden();
		}
		throttle.acquire(invocation.apiId(), invocation.stage(), stage.throttlingRateLimit(),
				stage.throttlingBurstLimit());
		if (invocation.servletRequest().getContentLengthLong() > MAX_PAYLOAD) {
			throw ExecuteApiException.requestTooLarge();
		}
		CompiledApi api = compiled.get(invocation.apiId(), stage.deploymentId());
		RouteMatch route = api.route(invocation.httpMethod(), invocation.path());
		Method method = route.method();
		MethodRequestValidator.validate(method, api, invocation, route.pathParameters());
		S3Request s3Request = IntegrationRequestMapper.map(method.methodIntegration, invocation, route.pathParameters(),
				stage.variables(), route.resourcePath());
		// The role must exist and trust API Gateway, or the call fails before reaching
		// S3, as on AWS.
		RolePermissions role = roles
			.assume(ParameterSources.withStageVariables(method.methodIntegration.credentials, stage.variables()),
					API_GATEWAY_PRINCIPAL)
			.orElseThrow(ExecuteApiException::internalServerError);
		HttpServletRequest client = invocation.servletRequest();
		BodyLimit.Limited body = BodyLimit.limited(client.getInputStream(), MAX_PAYLOAD);
		S3Answer result = s3.call(s3Request, role, client,
				IntegrationRequestBody.of(s3Request, method, api, client, body),
				"HEAD".equals(invocation.httpMethod()));
		if (body.exceeded()) {
			// A body without a declared length, cut off at the limit while S3 read it.
			throw ExecuteApiException.requestTooLarge();
		}
		IntegrationResponse selected = IntegrationResponseSelector.select(method.methodIntegration, result.status());
		MethodResponseWriter.write(response, invocation, method, selected, result, api.binaryMediaTypes());
	}

	private static void writeError(HttpServletResponse response, Invocation invocation, ExecuteApiException error)
			throws IOException {
		if (response.isCommitted()) {
			// Too late for a status: the body stops short, as a broken integration does
			// on AWS.
			return;
		}
		response.reset();
		byte[] body = error.body().getBytes(StandardCharsets.UTF_8);
		response.setStatus(error.status());
		writeRequestIds(response, invocation);
		response.setHeader("x-amzn-ErrorType", error.errorType());
		response.setContentType("application/json");
		response.setContentLength(body.length);
		if (!"HEAD".equals(invocation.httpMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** On every answer, success or error. */
	static void writeRequestIds(HttpServletResponse response, Invocation invocation) {
		response.setHeader("x-amzn-RequestId", invocation.requestId());
		response.setHeader("x-amz-apigw-id", invocation.apigwId());
	}

}

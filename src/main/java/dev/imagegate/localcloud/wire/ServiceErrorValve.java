package dev.imagegate.localcloud.wire;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Stands in for Tomcat's error page on the local cloud's port: an error Tomcat raises
 * itself (a request URI it cannot decode, a NUL, a failure outside any service) is
 * answered in the error shape of the service the request addressed, without a stack
 * trace, a server version or an internal detail.
 */
class ServiceErrorValve extends ValveBase {

	private final LocalCloudServlet services;

	ServiceErrorValve(LocalCloudServlet services) {
		super(true);
		this.services = services;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
		if (response.isCommitted() || (request.isAsync() && !request.isAsyncCompleting())) {
			return;
		}
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure != null && !response.isError()) {
			response.reset();
			response.sendError(500);
		}
		if (!response.isError()) {
			return;
		}
		int status = response.getStatus();
		response.setSuspended(false);
		response.resetBuffer(true);
		services.writeContainerError(request, response, status);
	}

}

package dev.imagegate.localcloud.wire;

import java.nio.file.Path;

import jakarta.servlet.Servlet;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.coyote.http11.Http11NioProtocol;

/**
 * A bare embedded Tomcat for the local cloud's port, apart from the portal's own server
 * so that none of the portal's filters (security, error pages) ever touches an AWS client's
 * request. It keeps request paths raw: S3 keys and execute-api paths may hold encoded
 * slashes and characters that a web application would refuse.
 */
public class LocalCloudHttpServer implements AutoCloseable {

	private static final String RELAXED_CHARS = "[]|{}^\\`\"<>";

	private final Tomcat tomcat = new Tomcat();

	private final Connector connector = new Connector(Http11NioProtocol.class.getName());

	public LocalCloudHttpServer(String bindAddress, int port, Path workDir, Servlet servlet) {
		connector.setPort(port);
		connector.setProperty("address", bindAddress);
		connector.setEncodedSolidusHandling("passthrough");
		connector.setProperty("encodedReverseSolidusHandling", "passthrough");
		connector.setAllowBackslash(true);
		connector.setProperty("relaxedPathChars", RELAXED_CHARS);
		connector.setProperty("relaxedQueryChars", RELAXED_CHARS);
		connector.setMaxPostSize(-1);
		connector.setProperty("maxSwallowSize", "-1");
		connector.setProperty("rejectIllegalHeader", "false");
		// Keep ARNs and policy documents in IAM's form-encoded bodies readable as parameters.
		connector.setURIEncoding("UTF-8");
		tomcat.setBaseDir(workDir.toAbsolutePath().toString());
		tomcat.getEngine().setName("imagegate-localcloud");
		tomcat.getService().addConnector(connector);
		tomcat.setConnector(connector);
		tomcat.getEngine().getPipeline().addValve(new ExpectContinueValve());
		Context context = tomcat.addContext("", null);
		Tomcat.addServlet(context, "localcloud", servlet);
		context.addServletMappingDecoded("/", "localcloud");
	}

	public void start() {
		try {
			tomcat.start();
		}
		catch (LifecycleException ex) {
			throw new IllegalStateException("The local cloud could not listen on port " + connector.getPort(), ex);
		}
		if (connector.getLocalPort() < 0) {
			throw new IllegalStateException("The local cloud could not listen on port " + connector.getPort()
					+ " (is another local cloud or LocalStack running? set imagegate.local.port)");
		}
	}

	/** The port it actually listens on (useful when configured with 0). */
	public int port() {
		return connector.getLocalPort();
	}

	@Override
	public void close() {
		try {
			tomcat.stop();
			tomcat.destroy();
		}
		catch (LifecycleException ex) {
			throw new IllegalStateException("The local cloud did not stop cleanly", ex);
		}
	}

}

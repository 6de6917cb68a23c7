package dev.imagegate.localcloud.wire;

import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.coyote.http11.Http11NioProtocol;

/**
 * A bare embedded Tomcat for the local cloud's port, apart from the portal's own server
 * so that none of the portal's filters (security, error pages) ever touches an AWS
 * client's request. It keeps request paths raw: S3 keys and execute-api paths may hold
 * encoded slashes and characters that a web application would refuse.
 */
public class LocalCloudHttpServer implements AutoCloseable {

	private static final String RELAXED_CHARS = "[]|{}^\\`\"<>";

	private final Tomcat tomcat = new Tomcat();

	private final Connector connector = new Connector(Http11NioProtocol.class.getName());

	private final Context context;

	public LocalCloudHttpServer(String bindAddress, int port, Path workDir, LocalCloudServlet servlet) {
		connector.setPort(port);
		connector.setProperty("address", bindAddress);
		connector.setEncodedSolidusHandling("passthrough");
		connector.setProperty("encodedReverseSolidusHandling", "passthrough");
		connector.setAllowBackslash(true);
		connector.setProperty("relaxedPathChars", RELAXED_CHARS);
		connector.setProperty("relaxedQueryChars", RELAXED_CHARS);
		// Form bodies are read by the services themselves, each within its own limit
		// (BodyLimit);
		// Tomcat never parses one. After a refusal it reads on at most 2 MB before
		// closing.
		connector.setMaxPostSize(0);
		connector.setProperty("maxSwallowSize", Integer.toString(2 * 1024 * 1024));
		// S3's browser-form uploads (POST Object) carry a dozen fields beside the file.
		connector.setMaxPartCount(100);
		connector.setProperty("rejectIllegalHeader", "false");
		// Keep ARNs and policy documents in IAM's form-encoded bodies readable as
		// parameters.
		connector.setURIEncoding("UTF-8");
		tomcat.setBaseDir(workDir.toAbsolutePath().toString());
		tomcat.getEngine().setName("imagegate-localcloud");
		tomcat.getService().addConnector(connector);
		tomcat.setConnector(connector);
		tomcat.getEngine().getPipeline().addValve(new ExpectContinueValve());
		// No Tomcat error page, ever: what Tomcat itself refuses (a bad URI, a NUL)
		// answers in
		// the error shape of the service addressed, with no version and no stack trace.
		StandardHost host = (StandardHost) tomcat.getHost();
		host.setErrorReportValveClass("");
		host.getPipeline().addValve(new ServiceErrorValve(servlet));
		context = tomcat.addContext("", null);
		Wrapper wrapper = Tomcat.addServlet(context, "localcloud", servlet);
		// Parts of a browser-form upload go to disk from the first byte, up to S3's 5
		// GiB.
		wrapper.setMultipartConfigElement(
				new MultipartConfigElement("", 5L * 1024 * 1024 * 1024, 5L * 1024 * 1024 * 1024 + 1024 * 1024, 0));
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

	/** The servlet context requests are served in, once started. */
	public ServletContext servletContext() {
		return context.getServletContext();
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

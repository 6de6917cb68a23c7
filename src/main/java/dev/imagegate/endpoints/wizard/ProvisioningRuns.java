package dev.imagegate.endpoints.wizard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.imagegate.proxyapi.ProxyApiProvisioner;
import dev.imagegate.proxyapi.ProxyApiSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs started from the browser, in the background so the page can show each step as it
 * happens. Keeps the last {@value #KEPT} runs in memory only: the cloud itself is the
 * record of what exists.
 */
@Component
class ProvisioningRuns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProvisioningRuns.class);

	static final int KEPT = 50;

	private final ProxyApiProvisioner provisioner;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "provisioning");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ProvisioningRun> runs = new LinkedHashMap<>(16, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ProvisioningRun> eldest) {
			return size() > KEPT;
		}
	};

	ProvisioningRuns(ProxyApiProvisioner provisioner) {
		this.provisioner = provisioner;
	}

	/**
	 * Starts a run of a valid spec; returns at once. {@code setup} says whether it makes
	 * a new endpoint in the wizard, rather than redeploying or changing one.
	 */
	ProvisioningRun start(ProxyApiSpec spec, boolean setup) {
		ProvisioningRun run = new ProvisioningRun(UUID.randomUUID().toString(), spec, setup);
		synchronized (runs) {
			runs.put(run.id(), run);
		}
		executor.submit(() -> {
			try {
				run.finish(provisioner.provision(spec, run));
			}
			catch (RuntimeException ex) {
				log.warn("Provisioning run {} for {} ended unexpectedly", run.id(), spec.apiName(), ex);
				run.fail("The run stopped unexpectedly: " + ex.getMessage());
			}
		});
		return run;
	}

	Optional<ProvisioningRun> find(String id) {
		synchronized (runs) {
			return Optional.ofNullable(runs.get(id));
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}

package dev.imagegate.proxyapi;

/** Hears a run as it happens: for live progress in the browser and for logs. */
public interface ProvisioningListener {

	ProvisioningListener NONE = new ProvisioningListener() {
	};

	default void stepStarted(String name, String title) {
	}

	default void progress(String step, String message) {
	}

	default void stepFinished(StepReport report) {
	}

}

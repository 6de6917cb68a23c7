package dev.imagegate.endpoints.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.imagegate.proxyapi.ProvisioningListener;
import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.StepReport;
import dev.imagegate.proxyapi.StepStatus;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One provisioning run started from the browser: what happened so far (for a page load)
 * and the browsers watching it live (server-sent events).
 */
public final class ProvisioningRun implements ProvisioningListener {

	private final String id;

	private final ProxyApiSpec spec;

	/**
	 * Part of the setup wizard (a new endpoint), not a redeploy or a change of an
	 * existing one.
	 */
	private final boolean setup;

	private final Map<String, StepView> steps = new LinkedHashMap<>();

	private final List<String> progress = new ArrayList<>();

	private final List<RunWatcher> watchers = new CopyOnWriteArrayList<>();

	private volatile ProvisioningResult result;

	private volatile String failure;

	ProvisioningRun(String id, ProxyApiSpec spec) {
		this(id, spec, true);
	}

	ProvisioningRun(String id, ProxyApiSpec spec, boolean setup) {
		this.id = id;
		this.spec = spec;
		this.setup = setup;
	}

	public String id() {
		return id;
	}

	public ProxyApiSpec spec() {
		return spec;
	}

	public boolean setup() {
		return setup;
	}

	public synchronized List<StepView> steps() {
		return List.copyOf(steps.values());
	}

	public synchronized List<String> progress() {
		return List.copyOf(progress);
	}

	public ProvisioningResult result() {
		return result;
	}

	/**
	 * An unexpected error that ended the run (not a failed step, which the result
	 * reports).
	 */
	public String failure() {
		return failure;
	}

	public boolean finished() {
		return result != null || failure != null;
	}

	@Override
	public synchronized void stepStarted(String name, String title) {
		StepView view = new StepView(name, title, StepStatus.RUNNING, null, null, Map.of(), null);
		steps.put(name, view);
		send("step", view);
	}

	@Override
	public synchronized void progress(String step, String message) {
		progress.add(message);
		send("progress", Map.of("step", (step != null) ? step : "", "message", message));
	}

	@Override
	public synchronized void stepFinished(StepReport report) {
		StepView view = new StepView(report.name(), report.title(), report.status(), report.durationMs(),
				report.awsCalls(), report.ids(),
				(report.error() != null) ? report.error().code() + ": " + report.error().message() : null);
		steps.put(report.name(), view);
		send("step", view);
	}

	synchronized void finish(ProvisioningResult finished) {
		this.result = finished;
		end();
	}

	synchronized void fail(String message) {
		this.failure = message;
		end();
	}

	/**
	 * Everything a page shows, read at one instant: the run goes on in another thread,
	 * and a page that read "finished" and "result" at different moments would contradict
	 * itself.
	 */
	public synchronized Snapshot snapshot() {
		return new Snapshot(id, spec, setup, List.copyOf(steps.values()), List.copyOf(progress), result, failure);
	}

	SseEmitter watch() {
		return watch(new SseEmitter(0L));
	}

	/**
	 * A new watcher first gets everything so far, then what follows; a finished run just
	 * completes. Queued under the lock, so nothing that happens meanwhile comes before or
	 * is lost; sent later, by the watcher's own thread.
	 */
	synchronized SseEmitter watch(SseEmitter emitter) {
		RunWatcher watcher = new RunWatcher(emitter);
		steps.values().forEach((step) -> watcher.send("step", step));
		if (finished()) {
			watcher.send("done", Map.of("succeeded", result != null && result.succeeded()));
			watcher.complete();
			return emitter;
		}
		emitter.onCompletion(() -> watchers.remove(watcher));
		emitter.onTimeout(() -> watchers.remove(watcher));
		emitter.onError((ex) -> watchers.remove(watcher));
		watchers.add(watcher);
		return emitter;
	}

	private void end() {
		send("done", Map.of("succeeded", result != null && result.succeeded()));
		watchers.forEach(RunWatcher::complete);
		watchers.clear();
	}

	/**
	 * Queues the event for every watcher: the browsers get it without the run waiting for
	 * them.
	 */
	private void send(String event, Object data) {
		watchers.forEach((watcher) -> watcher.send(event, data));
	}

	/** One consistent view of a run for a page. */
	public record Snapshot(String id, ProxyApiSpec spec, boolean setup, List<StepView> steps, List<String> progress,
			ProvisioningResult result, String failure) {

		public boolean finished() {
			return result != null || failure != null;
		}

		public boolean succeeded() {
			return result != null && result.succeeded();
		}

	}

	/** A step as the page shows it. */
	public record StepView(String name, String title, StepStatus status, Long durationMs, List<String> awsCalls,
			Map<String, String> ids, String error) {
	}

}

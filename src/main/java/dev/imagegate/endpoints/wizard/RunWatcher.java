package dev.imagegate.endpoints.wizard;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One browser watching a run. Its events go out in order on a thread of their own:
 * writing to a slow browser blocks until the browser reads, and that must stall neither
 * the provisioning thread nor page loads. A browser that falls {@value #MAX_PENDING}
 * events behind is dropped (its stream ends; a reload shows the run as it is).
 */
final class RunWatcher {

	static final int MAX_PENDING = 100;

	/** Threads only while events are being written; an idle one ends after a minute. */
	private static final ExecutorService SENDERS = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "run-events");
		thread.setDaemon(true);
		return thread;
	});

	private final SseEmitter emitter;

	/** Guarded by this. */
	private final Queue<Delivery> pending = new ArrayDeque<>();

	/** Guarded by this: a sender thread is emptying the queue. */
	private boolean sending;

	/** Guarded by this: completed, dropped or failed; nothing more is queued. */
	private boolean closed;

	RunWatcher(SseEmitter emitter) {
		this.emitter = emitter;
	}

	SseEmitter emitter() {
		return emitter;
	}

	/** Queues an event; never waits for the browser. */
	void send(String name, Object data) {
		SseEventBuilder event = SseEmitter.event().name(name).data(data);
		queue(() -> emitter.send(event));
	}

	/** Ends the stream once what is queued has been sent. */
	void complete() {
		queue(emitter::complete);
		synchronized (this) {
			closed = true;
		}
	}

	private void queue(Delivery delivery) {
		synchronized (this) {
			if (closed) {
				return;
			}
			if (pending.size() >= MAX_PENDING) {
				// The sender thread ends the stream once the browser takes the event it
				// is writing.
				pending.clear();
				pending.add(emitter::complete);
				closed = true;
				return;
			}
			pending.add(delivery);
			if (sending) {
				return;
			}
			sending = true;
		}
		SENDERS.execute(this::sendPending);
	}

	private void sendPending() {
		while (true) {
			Delivery delivery;
			synchronized (this) {
				delivery = pending.poll();
				if (delivery == null) {
					sending = false;
					return;
				}
			}
			try {
				delivery.deliver();
			}
			catch (IOException | RuntimeException ex) {
				// The browser went away (or the stream had ended): nothing more can reach
				// it.
				synchronized (this) {
					closed = true;
					pending.clear();
				}
			}
		}
	}

	@FunctionalInterface
	private interface Delivery {

		void deliver() throws IOException;

	}

}

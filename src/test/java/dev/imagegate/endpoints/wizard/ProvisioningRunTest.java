package dev.imagegate.endpoints.wizard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.imagegate.proxyapi.ProvisioningResult;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.StepReport;
import dev.imagegate.proxyapi.StepStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A run's live events never make the run, or a page reading it, wait for a browser. */
class ProvisioningRunTest {

	private final CountDownLatch browserReads = new CountDownLatch(1);

	private final ProvisioningRun run = new ProvisioningRun("run-1", ProxyApiSpec.of("photos", "photos-api"));

	@AfterEach
	void letTheBrowserRead() {
		browserReads.countDown();
	}

	@Test
	void aBrowserThatDoesNotReadStallsNeitherTheRunNorAPageLoadAndIsDropped() throws Exception {
		AtomicInteger sends = new AtomicInteger();
		CountDownLatch ended = new CountDownLatch(1);
		run.watch(new SseEmitter(0L) {
			@Override
			public void send(SseEventBuilder event) {
				sends.incrementAndGet();
				await(browserReads);
			}

			@Override
			public void complete() {
				ended.countDown();
			}
		});

		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			run.stepStarted("bucket", "Private S3 bucket");
			run.progress("bucket", "creating");
			run.stepFinished(done("bucket"));
			for (int i = 0; i < RunWatcher.MAX_PENDING * 2; i++) {
				run.progress("role", "waiting " + i);
			}
			run.stepFinished(done("role"));
			run.finish(new ProvisioningResult("api-1", "http://x/{key}", "test", true,
					List.of(done("bucket"), done("role")), null));
			assertThat(run.snapshot().steps()).extracting(ProvisioningRun.StepView::status)
				.containsExactly(StepStatus.DONE, StepStatus.DONE);
			assertThat(run.snapshot().succeeded()).isTrue();
		});
		browserReads.countDown();
		assertThat(ended.await(5, TimeUnit.SECONDS)).as("the stream ends").isTrue();
		assertThat(sends.get()).as("at most the event being written when it fell behind").isLessThanOrEqualTo(1);
	}

	@Test
	void aWatcherGetsTheEventsInOrderAndTheStreamEnds() throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		CountDownLatch completed = new CountDownLatch(1);
		run.stepStarted("bucket", "Private S3 bucket");
		run.watch(new SseEmitter(0L) {
			@Override
			public void send(SseEventBuilder event) {
				received.add(event.build().iterator().next().getData().toString().split("\n")[0]);
			}

			@Override
			public void complete() {
				completed.countDown();
			}
		});
		run.stepFinished(done("bucket"));
		run.finish(new ProvisioningResult("api-1", "http://x/{key}", "test", true, List.of(done("bucket")), null));

		assertThat(completed.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(received).containsExactly("event:step", "event:step", "event:done");
	}

	private static StepReport done(String name) {
		return new StepReport(name, name, StepStatus.DONE, 1, List.of(), Map.of(), null);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

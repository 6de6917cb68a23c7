package dev.imagegate.images;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.imagegate.MovingClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One listing serves a gallery's viewers for two seconds; uploads and failures are never
 * hidden by it.
 */
class RecentListingsTest {

	private final MovingClock clock = new MovingClock();

	private final RecentListings listings = new RecentListings(clock);

	private final AtomicInteger listed = new AtomicInteger();

	private final RecentListings.Key cats = new RecentListings.Key("cats", "images/", null, 24);

	@Test
	void viewsWithinTwoSecondsShareOneListing() {
		list(cats);
		clock.move(Duration.ofMillis(1999));
		list(cats);
		assertThat(listed).hasValue(1);

		clock.move(Duration.ofMillis(1));
		list(cats);
		assertThat(listed).hasValue(2);
	}

	@Test
	void anotherPrefixOrPageIsAnotherListing() {
		list(cats);
		list(new RecentListings.Key("cats", "thumbs/", null, 24));
		list(new RecentListings.Key("cats", "images/", "next-page", 24));

		assertThat(listed).hasValue(3);
	}

	@Test
	void anUploadForgetsItsBucketsListingsOnly() {
		RecentListings.Key dogs = new RecentListings.Key("dogs", "images/", null, 24);
		list(cats);
		list(dogs);

		listings.forget("cats");
		list(cats);
		list(dogs);

		assertThat(listed).hasValue(3);
	}

	@Test
	void aFailureIsNotRemembered() {
		assertThatThrownBy(() -> listings.get(cats, () -> {
			throw new IllegalStateException("the cloud said no");
		})).hasMessage("the cloud said no");

		list(cats);

		assertThat(listed).hasValue(1);
	}

	@Test
	void viewersArrivingDuringAListingWaitForIt() throws Exception {
		CountDownLatch listing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService viewers = Executors.newFixedThreadPool(4);
		try {
			Future<ImageService.ImagePage> first = viewers.submit(() -> listings.get(cats, () -> {
				listed.incrementAndGet();
				listing.countDown();
				await(release);
				return new ImageService.ImagePage(List.of(), null);
			}));
			assertThat(listing.await(5, TimeUnit.SECONDS)).isTrue();
			List<Future<ImageService.ImagePage>> others = List.of(viewers.submit(() -> list(cats)),
					viewers.submit(() -> list(cats)), viewers.submit(() -> list(cats)));
			release.countDown();

			assertThat(first.get(5, TimeUnit.SECONDS)).isNotNull();
			for (Future<ImageService.ImagePage> other : others) {
				assertThat(other.get(5, TimeUnit.SECONDS)).isSameAs(first.get());
			}
			assertThat(listed).hasValue(1);
		}
		finally {
			viewers.shutdownNow();
		}
	}

	private ImageService.ImagePage list(RecentListings.Key key) {
		return listings.get(key, () -> {
			listed.incrementAndGet();
			return new ImageService.ImagePage(List.of(), null);
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

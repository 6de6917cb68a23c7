package dev.imagegate.images;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Gallery listings of the last {@link #FRESH} seconds: many people looking at one gallery
 * cost one ListObjectsV2 every two seconds, not one per page view (a LIST request is
 * billed, and it was most of a gallery page's time). Requests that arrive while a listing
 * is under way wait for it rather than listing again. Uploads through the portal forget
 * their bucket's listings at once; a change made elsewhere shows within the two seconds.
 * Bounded: past {@link #MAX_ENTRIES} listings, the expired go first, then all.
 */
final class RecentListings {

	static final Duration FRESH = Duration.ofSeconds(2);

	static final int MAX_ENTRIES = 512;

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	RecentListings(Clock clock) {
		this.clock = clock;
	}

	record Key(String bucket, String prefix, String token, int size) {
	}

	ImageService.ImagePage get(Key key, Supplier<ImageService.ImagePage> list) {
		Instant now = clock.instant();
		Entry entry = entries.compute(key, (k, current) -> (current != null && current.until.isAfter(now)) ? current
				: new Entry(now.plus(FRESH), new CompletableFuture<>()));
		if (entry.listing.isDone() || !entry.claim()) {
			return join(key, entry);
		}
		try {
			entry.listing.complete(list.get());
		}
		catch (RuntimeException ex) {
			// A failure is not remembered: the next view asks the cloud again.
			entries.remove(key, entry);
			entry.listing.completeExceptionally(ex);
			throw ex;
		}
		trim(now);
		return entry.listing.join();
	}

	void forget(String bucket) {
		entries.keySet().removeIf((key) -> key.bucket().equals(bucket));
	}

	private ImageService.ImagePage join(Key key, Entry entry) {
		try {
			return entry.listing.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	private void trim(Instant now) {
		if (entries.size() > MAX_ENTRIES) {
			entries.values().removeIf((entry) -> !entry.until.isAfter(now));
			if (entries.size() > MAX_ENTRIES) {
				entries.clear();
			}
		}
	}

	private static final class Entry {

		final Instant until;

		final CompletableFuture<ImageService.ImagePage> listing;

		private boolean claimed;

		Entry(Instant until, CompletableFuture<ImageService.ImagePage> listing) {
			this.until = until;
			this.listing = listing;
		}

		/** Whether the caller is the one to list (the first to ask for this entry). */
		synchronized boolean claim() {
			if (claimed) {
				return false;
			}
			claimed = true;
			return true;
		}

	}

}

package dev.imagegate.localcloud.executeapi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Stage-wide throttling from the stage's {@code *}{@code /*} method settings: a token
 * bucket per stage holding up to {@code burstLimit} requests and refilled at
 * {@code rateLimit} per second, as API Gateway describes its throttling. Over it: 429 Too
 * Many Requests.
 */
final class StageThrottle {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final LongSupplier nanoClock;

	StageThrottle(LongSupplier nanoClock) {
		this.nanoClock = nanoClock;
	}

	/**
	 * Takes one token, or throws 429; without limits on the stage, nothing is counted.
	 */
	void acquire(String apiId, String stage, Double rateLimit, Integer burstLimit) {
		if (rateLimit == null && burstLimit == null) {
			return;
		}
		double rate = (rateLimit != null) ? rateLimit : 10_000.0;
		int burst = (burstLimit != null) ? burstLimit : 5_000;
		Bucket bucket = buckets.compute(apiId + "/" + stage,
				(key, current) -> (current != null && current.rate == rate && current.burst == burst) ? current
						: new Bucket(rate, burst, nanoClock.getAsLong()));
		if (!bucket.tryTake(nanoClock.getAsLong())) {
			throw ExecuteApiException.tooManyRequests();
		}
	}

	private static final class Bucket {

		private final double rate;

		private final int burst;

		private double tokens;

		private long last;

		Bucket(double rate, int burst, long now) {
			this.rate = rate;
			this.burst = burst;
			this.tokens = burst;
			this.last = now;
		}

		synchronized boolean tryTake(long now) {
			tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
			last = now;
			if (tokens < 1) {
				return false;
			}
			tokens -= 1;
			return true;
		}

	}

}

package dev.imagegate.web;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago an instant was, in words ("5 minutes ago"), for the pages' dates; the
 * exact instant stays in the {@code <time>} element's {@code datetime} and {@code title}.
 * Beyond a month the words would say less than the date, so there are none.
 */
public final class RelativeTime {

	private RelativeTime() {
	}

	/**
	 * The words for an instant as seen now, or null when it is more than 30 days away.
	 */
	public static String ago(Instant then) {
		return describe(Duration.between(then, Instant.now()));
	}

	static String describe(Duration elapsed) {
		if (elapsed.isNegative()) {
			// A clock a little ahead of this one (S3's, API Gateway's): as good as now.
			return (elapsed.compareTo(Duration.ofMinutes(-5)) > 0) ? "just now" : null;
		}
		long minutes = elapsed.toMinutes();
		if (minutes < 1) {
			return "just now";
		}
		if (minutes < 60) {
			return count(minutes, "minute");
		}
		long hours = elapsed.toHours();
		if (hours < 24) {
			return count(hours, "hour");
		}
		long days = elapsed.toDays();
		if (days == 1) {
			return "yesterday";
		}
		return (days <= 30) ? count(days, "day") : null;
	}

	private static String count(long n, String unit) {
		return n + " " + unit + ((n == 1) ? "" : "s") + " ago";
	}

}

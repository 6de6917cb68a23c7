package dev.imagegate.web;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeTimeTest {

	@ParameterizedTest
	@CsvSource(nullValues = "none",
			value = { "PT0S, just now", "PT59S, just now", "PT1M, 1 minute ago", "PT59M59S, 59 minutes ago",
					"PT1H, 1 hour ago", "PT23H59M, 23 hours ago", "PT24H, yesterday", "PT47H, yesterday",
					"P2D, 2 days ago", "P30D, 30 days ago", "P31D, none", "PT-4M, just now", "PT-6M, none" })
	void wordsForAnElapsedTime(Duration elapsed, String words) {
		assertThat(RelativeTime.describe(elapsed)).isEqualTo(words);
	}

}

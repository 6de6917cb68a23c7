package dev.imagegate.localcloud.iam;

/**
 * The values IAM accepts for its Date condition operators: an ISO 8601 date-time
 * (lenient, as IAM is: {@code 01T} passes) or epoch seconds. Anything else fails the
 * "legacy" parse.
 */
final class PolicyDates {

	private static final long MIN_YEAR = -292275054L;

	private static final long MAX_YEAR = 292278993L;

	private PolicyDates() {
	}

	static boolean valid(String value) {
		String text = value.toLowerCase(java.util.Locale.ROOT);
		if (text.contains("t") || text.contains("-")) {
			return isoDateTime(text);
		}
		Long seconds = number(text);
		return seconds != null && seconds >= 0;
	}

	private static boolean isoDateTime(String text) {
		int t = text.indexOf('t');
		String date = (t < 0) ? text : text.substring(0, t);
		String time = (t < 0) ? "" : text.substring(t + 1);
		boolean negative = date.startsWith("-");
		String[] dateParts = (negative ? date.substring(1) : date).split("-", -1);
		if (dateParts.length > 3 || !inRange((negative ? "-" : "") + dateParts[0], MIN_YEAR, MAX_YEAR)
				|| (dateParts.length > 1 && !inRange(dateParts[1], 1, 12))
				|| (dateParts.length > 2 && !inRange(dateParts[2], 1, 31))) {
			return false;
		}
		String[] timeParts = time.split(":", -1);
		if ((!timeParts[0].isEmpty() && !inRange(timeParts[0], 0, 23))
				|| (timeParts.length > 1 && !inRange(timeParts[1], 0, 59))) {
			return false;
		}
		return timeParts.length <= 2 || seconds(timeParts[2]);
	}

	/** {@code ss[.fraction]} then {@code z}, {@code +hh[:mm]} or nothing. */
	private static boolean seconds(String text) {
		String secondsWithFraction = text;
		int zone = text.indexOf('z');
		int plus = text.indexOf('+');
		if (zone >= 0) {
			if (zone != text.length() - 1) {
				return false;
			}
			secondsWithFraction = text.substring(0, zone);
		}
		else if (plus >= 0) {
			secondsWithFraction = text.substring(0, plus);
			String[] offset = text.substring(plus + 1).split(":", 2);
			if (offset[0].length() != 2 || !inRange(offset[0], 0, 23)
					|| (offset.length > 1 && (offset[1].length() != 2 || !inRange(offset[1], 0, 59)))) {
				return false;
			}
		}
		int dot = secondsWithFraction.indexOf('.');
		String whole = (dot < 0) ? secondsWithFraction : secondsWithFraction.substring(0, dot);
		return inRange(whole, 0, 59) && (dot < 0 || inRange(secondsWithFraction.substring(dot + 1), 0, 999_999_999));
	}

	private static boolean inRange(String text, long min, long max) {
		Long number = number(text);
		return number != null && number >= min && number <= max;
	}

	private static Long number(String text) {
		try {
			return Long.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

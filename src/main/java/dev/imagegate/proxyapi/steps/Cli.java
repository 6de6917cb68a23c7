package dev.imagegate.proxyapi.steps;

import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Builds the AWS CLI equivalent of a call, quoted for a POSIX shell. */
final class Cli {

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=,@+-]+");

	private final StringJoiner command = new StringJoiner(" ");

	private Cli(String service, String operation) {
		command.add("aws").add(service).add(operation);
	}

	static Cli of(String service, String operation) {
		return new Cli(service, operation);
	}

	Cli arg(String name, Object value) {
		command.add(name).add(quote(String.valueOf(value)));
		return this;
	}

	/** One option followed by several values, each quoted on its own. */
	Cli args(String name, Iterable<String> values) {
		command.add(name);
		values.forEach((value) -> command.add(quote(value)));
		return this;
	}

	Cli flag(String name) {
		command.add(name);
		return this;
	}

	/** {@code --tags a=b,c=d} style for a map. */
	Cli map(String name, Map<String, ?> values) {
		StringJoiner joined = new StringJoiner(",");
		values.forEach((key, value) -> joined.add(key + "=" + value));
		return arg(name, joined.toString());
	}

	static String quote(String value) {
		return SAFE.matcher(value).matches() ? value : "'" + value.replace("'", "'\"'\"'") + "'";
	}

	@Override
	public String toString() {
		return command.toString();
	}

}

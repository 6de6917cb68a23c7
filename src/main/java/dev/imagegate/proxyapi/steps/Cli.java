package dev.imagegate.proxyapi.steps;

import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

/**
 * Builds the AWS CLI equivalent of a call, quoted for a POSIX shell. A named interface of
 * its own: the exports' CLI script builds its JSON with the same quoting as the plan's
 * commands.
 */
@NamedInterface(name = "cli", propagate = false)
public final class Cli {

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

	/**
	 * A map as JSON: the CLI's shorthand ({@code a=b,c=d}) would read the quotes of a
	 * static mapping value such as {@code '*&#47;*'} as its own quoting.
	 */
	Cli map(String name, Map<String, ?> values) {
		return arg(name, json(values));
	}

	/**
	 * A flat map as JSON: booleans and numbers as they are, everything else as a string.
	 */
	public static String json(Map<String, ?> values) {
		StringJoiner json = new StringJoiner(",", "{", "}");
		values.forEach((key, value) -> json.add(jsonString(key) + ":"
				+ ((value instanceof Boolean || value instanceof Number) ? value : jsonString(String.valueOf(value)))));
		return json.toString();
	}

	private static String jsonString(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	static String quote(String value) {
		return SAFE.matcher(value).matches() ? value : "'" + value.replace("'", "'\"'\"'") + "'";
	}

	@Override
	public String toString() {
		return command.toString();
	}

}

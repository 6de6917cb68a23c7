package dev.imagegate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application modules (the top-level packages) depend on each other only as their
 * package-info.java allows, without cycles, and only through what each exposes; the
 * committed architecture documents (docs/architecture) are the ones this code generates.
 */
class ModularityTest {

	private static final String UPDATE = "imagegate.update-architecture-docs";

	/** The committed documents; docs/architecture.md links them. */
	private static final Path COMMITTED = Path.of("docs", "architecture");

	/**
	 * Written to target/architecture; with
	 * {@code -Dimagegate.update-architecture-docs=true} to docs/architecture (the
	 * Documenter empties it first), so a plain test run leaves docs alone.
	 */
	private static final Path GENERATED = Boolean.getBoolean(UPDATE) ? COMMITTED : Path.of("target", "architecture");

	private static final ApplicationModules MODULES = ApplicationModules.of(ImagegateApplication.class);

	@Test
	void modulesKeepTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void committedDocumentsAreUpToDate() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		for (Path file : files(GENERATED)) {
			Files.writeString(file, sortedLists(Files.readString(file)));
		}
		Map<String, String> generated = contents(GENERATED);
		Map<String, String> committed = contents(COMMITTED);
		Set<String> differing = new TreeSet<>(generated.keySet());
		differing.addAll(committed.keySet());
		differing.removeIf((name) -> Objects.equals(generated.get(name), committed.get(name)));
		assertThat(differing)
			.as("docs/architecture differs from what the modules generate (in target/architecture); refresh it with"
					+ " ./mvnw test -Dtest=ModularityTest -D" + UPDATE + "=true and commit it")
			.isEmpty();
	}

	/**
	 * The same documents for the same code, byte for byte: the Documenter lists modules,
	 * relations and beans in the order it found them (hash and class path order), so each
	 * run of lines of one kind (PlantUML components, relations, AsciiDoc list items) is
	 * sorted.
	 */
	private static String sortedLists(String text) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		int start = 0;
		while (start < lines.size()) {
			String kind = kind(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))
					&& !lines.get(end).startsWith("|")) {
				end++;
			}
			// A table cell's first item carries the cell's "|": sort the items without
			// it.
			boolean cell = lines.get(start).startsWith("|");
			List<String> items = lines.subList(start, end);
			items.set(0, cell ? items.get(0).substring(1) : items.get(0));
			Collections.sort(items);
			items.set(0, cell ? "|" + items.get(0) : items.get(0));
			start = end;
		}
		return String.join("\n", lines) + "\n";
	}

	/** The kind of list a line is an item of, null if none. */
	private static String kind(String line) {
		String item = line.strip();
		item = item.startsWith("|") ? item.substring(1) : item;
		for (String kind : List.of("Component(", "Rel(", "* ")) {
			if (item.startsWith(kind)) {
				return kind;
			}
		}
		return null;
	}

	/** Every file of a folder by name, with its text. */
	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		for (Path file : files(folder)) {
			contents.put(file.getFileName().toString(), Files.readString(file));
		}
		return contents;
	}

	private static List<Path> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

}

package dev.imagegate.localcloud.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

/**
 * One emulated service's whole state as one JSON file, replaced atomically on every
 * change, so a crash never leaves half a file and a restart finds everything again.
 * The state of this emulator is small (roles, APIs), so rewriting it whole is cheap.
 */
public final class JsonStateFile<T> {

	private final Path file;

	private final Class<T> type;

	private final JsonMapper mapper;

	public JsonStateFile(Path file, Class<T> type, JsonMapper mapper) {
		this.file = file;
		this.type = type;
		this.mapper = mapper;
	}

	/** The saved state, or a fresh one when nothing was saved yet. */
	public T load(Supplier<T> empty) {
		if (!Files.exists(file)) {
			return empty.get();
		}
		return mapper.readValue(file.toFile(), type);
	}

	public void save(T state) {
		try {
			Files.createDirectories(file.getParent());
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			mapper.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), state);
			try {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not save local cloud state to " + file, ex);
		}
	}

}

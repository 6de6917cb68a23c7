package dev.imagegate.localcloud.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.imagegate.localcloud.LocalCloudStartupException;

/**
 * One emulated service's whole state as one JSON file. A change is written to a temporary
 * file, forced to disk, renamed over the old one and the directory forced too, so that a
 * crash or a power cut leaves the old state or the new one, never half a file. A file
 * that cannot be read stops the start with its name: nothing is silently dropped.
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
		byte[] json;
		try {
			json = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			return empty.get();
		}
		catch (IOException ex) {
			throw unreadable(DataDirectory.reason(ex), ex);
		}
		try {
			T state = mapper.readValue(json, type);
			if (state == null) {
				throw unreadable("it is empty", null);
			}
			return state;
		}
		catch (JacksonException ex) {
			throw unreadable("it is not the JSON the local cloud wrote (" + ex.getOriginalMessage() + ")", ex);
		}
	}

	public void save(T state) {
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		try {
			Files.createDirectories(file.getParent());
			byte[] json = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(state);
			try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(json);
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
				out.force(true);
			}
			try {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
			forceDirectory(file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not save local cloud state to " + file, ex);
		}
	}

	/**
	 * The rename is durable only once the directory entry is: fsync the directory (POSIX
	 * only).
	 */
	private static void forceDirectory(Path directory) {
		try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
			dir.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Windows cannot open a directory as a channel; its rename is durable enough
			// there.
		}
	}

	private LocalCloudStartupException unreadable(String why, Exception cause) {
		Path absolute = file.toAbsolutePath().normalize();
		return new LocalCloudStartupException("The local cloud's state file " + absolute + " cannot be read: " + why
				+ ". Nothing was changed; restore the file or move it aside, or set " + DataDirectory.SETTING
				+ " to another directory.", cause);
	}

}

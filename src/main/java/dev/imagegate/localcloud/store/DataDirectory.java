package dev.imagegate.localcloud.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.imagegate.localcloud.LocalCloudStartupException;

/**
 * The local cloud's data directory ({@code imagegate.local.data-dir}), held for as long
 * as the local cloud runs: created if need be, checked writable, and locked, so that a
 * second process on the same directory refuses to start instead of overwriting the first
 * one's state. The lock file names the process holding it, for the refusal to say which.
 */
public final class DataDirectory implements AutoCloseable {

	static final String SETTING = "imagegate.local.data-dir";

	private static final String LOCK_FILE = ".lock";

	/**
	 * Directories held in this JVM. A second channel on a lock file must not even be
	 * opened: closing it would drop this process's lock on the file (POSIX locks are per
	 * process).
	 */
	private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

	private final Path path;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private DataDirectory(Path path, FileChannel lockChannel, FileLock lock) {
		this.path = path;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/** Takes the directory for this process, or explains in one line why it cannot. */
	public static DataDirectory open(Path configured) {
		Path path = configured.toAbsolutePath().normalize();
		try {
			Files.createDirectories(path);
			Path probe = Files.createTempFile(path, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | SecurityException ex) {
			throw new LocalCloudStartupException(SETTING + "=" + path + " cannot be used: " + reason(ex) + ". Set "
					+ SETTING + " to a directory this user may create and write.", ex);
		}
		if (!HELD.add(path)) {
			throw inUse(path, "process " + ProcessHandle.current().pid() + ", this one");
		}
		Path lockFile = path.resolve(LOCK_FILE);
		FileChannel channel = null;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				String holder = readHolder(channel);
				channel.close();
				HELD.remove(path);
				throw inUse(path, holder);
			}
			writeHolder(channel);
			return new DataDirectory(path, channel, lock);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			HELD.remove(path);
			throw new LocalCloudStartupException(
					SETTING + "=" + path + " cannot be locked (" + lockFile + "): " + reason(ex) + ".", ex);
		}
	}

	public Path path() {
		return path;
	}

	public Path resolve(String relative) {
		return path.resolve(relative);
	}

	@Override
	public void close() {
		try {
			lock.release();
		}
		catch (IOException ex) {
			// Closing the channel releases it too.
		}
		closeQuietly(lockChannel);
		HELD.remove(path);
	}

	private static LocalCloudStartupException inUse(Path path, String holder) {
		return new LocalCloudStartupException(SETTING + "=" + path + " is in use by another local cloud (" + holder
				+ "); two on one directory would overwrite each other's state. Stop that one, or set " + SETTING
				+ " to another directory.", null);
	}

	/** Null when another process holds the lock. */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// Only this JVM could hold it, and HELD says it does not: treat it as held
			// all the same.
			return null;
		}
	}

	private static void writeHolder(FileChannel channel) throws IOException {
		String holder = "process " + ManagementFactory.getRuntimeMXBean().getPid() + " since " + Instant.now();
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(true);
	}

	private static String readHolder(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(200);
		channel.read(buffer, 0);
		String holder = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
		return holder.isEmpty() ? "a process that has not said which" : holder;
	}

	static String reason(Exception ex) {
		String message = ex.getMessage();
		String kind = ex.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
		return (message == null) ? kind : kind + " (" + message + ")";
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// Nothing held any more.
			}
		}
	}

}

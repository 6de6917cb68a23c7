package dev.imagegate.localcloud;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.imagegate.IntegrationTest;
import dev.imagegate.PortalProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a portal process exposes to the network, read from the kernel (/proc): in mode
 * local exactly two listening TCP sockets, the portal's and the local cloud's, both on
 * loopback; in mode aws only the portal's. S3 is served in process: nothing else listens,
 * on any interface.
 */
@IntegrationTest
@EnabledOnOs(OS.LINUX)
class ListeningSocketsTest {

	@TempDir
	Path work;

	@Test
	void localModeListensOnThePortalAndTheLocalCloudOnlyBothOnLoopback() throws Exception {
		try (PortalProcess portal = PortalProcess.start(work, "--imagegate.local.data-dir=" + work.resolve("data"))
			.awaitStarted()) {
			// S3 has answered once, so anything it might open lazily is open now.
			assertThat(get("http://127.0.0.1:" + portal.localCloudPort() + "/_imagegate/health")).isEqualTo(200);
			assertThat(get("http://127.0.0.1:" + portal.localCloudPort() + "/any-bucket/any-key")).isEqualTo(403);

			List<Socket> listening = listeningSockets(portal.pid());

			assertThat(listening).extracting(Socket::port)
				.containsExactlyInAnyOrder(portal.portalPort(), portal.localCloudPort());
			assertThat(listening).allSatisfy(
					(socket) -> assertThat(socket.address().isLoopbackAddress()).as("%s listens on loopback", socket)
						.isTrue());
			assertThat(udpSockets(portal.pid())).isEmpty();
		}
	}

	@Test
	void awsModeListensOnThePortalOnly() throws Exception {
		// Credentials and a region that lead nowhere: the portal starts without calling
		// AWS.
		Map<String, String> aws = Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "none",
				"AWS_SECRET_ACCESS_KEY", "none", "AWS_EC2_METADATA_DISABLED", "true");
		try (PortalProcess portal = PortalProcess
			.start(work, aws, "--imagegate.cloud.mode=aws", "--imagegate.local.data-dir=" + work.resolve("data"))
			.awaitStarted()) {
			assertThat(listeningSockets(portal.pid())).extracting(Socket::port).containsExactly(portal.portalPort());
			assertThat(udpSockets(portal.pid())).isEmpty();
		}
	}

	private static int get(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/**
	 * TCP sockets in state LISTEN that belong to the process (its file descriptors name
	 * their inodes).
	 */
	static List<Socket> listeningSockets(long pid) throws IOException {
		Set<String> inodes = socketInodes(pid);
		List<Socket> sockets = new ArrayList<>();
		for (String table : List.of("tcp", "tcp6")) {
			for (String[] row : rows(pid, table)) {
				if (row[3].equals("0A") && inodes.contains(row[9])) {
					sockets.add(Socket.parse(row[1]));
				}
			}
		}
		return sockets;
	}

	private static List<Socket> udpSockets(long pid) throws IOException {
		Set<String> inodes = socketInodes(pid);
		List<Socket> sockets = new ArrayList<>();
		for (String table : List.of("udp", "udp6")) {
			for (String[] row : rows(pid, table)) {
				if (inodes.contains(row[9])) {
					sockets.add(Socket.parse(row[1]));
				}
			}
		}
		return sockets;
	}

	private static List<String[]> rows(long pid, String table) throws IOException {
		Path file = Path.of("/proc", Long.toString(pid), "net", table);
		if (!Files.exists(file)) {
			return List.of();
		}
		return Files.readAllLines(file).stream().skip(1).map((line) -> line.trim().split("\\s+")).toList();
	}

	private static Set<String> socketInodes(long pid) throws IOException {
		Set<String> inodes = new HashSet<>();
		try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
			for (Path fd : fds.toList()) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring("socket:[".length(), target.length() - 1));
					}
				}
				catch (IOException ex) {
					// The descriptor was closed while listing.
				}
			}
		}
		return inodes;
	}

	/**
	 * An address and port as /proc/net prints them: hexadecimal, each 32-bit word in host
	 * (little-endian) order.
	 */
	record Socket(InetAddress address, int port) {

		static Socket parse(String hex) throws IOException {
			String[] parts = hex.split(":");
			byte[] address = new byte[parts[0].length() / 2];
			for (int word = 0; word < address.length / 4; word++) {
				for (int i = 0; i < 4; i++) {
					int at = word * 8 + (3 - i) * 2;
					address[word * 4 + i] = (byte) Integer.parseInt(parts[0].substring(at, at + 2), 16);
				}
			}
			return new Socket(InetAddress.getByAddress(address), new BigInteger(parts[1], 16).intValue());
		}

	}

}

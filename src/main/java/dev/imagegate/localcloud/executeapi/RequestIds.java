package dev.imagegate.localcloud.executeapi;

import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ids API Gateway puts on its answers. They only need to be unique, not secret:
 * {@link UUID#randomUUID()} and {@code SecureRandom} read /dev/urandom and take a lock on
 * every request, so these come from {@link ThreadLocalRandom} in the same formats.
 */
final class RequestIds {

	private RequestIds() {
	}

	/** A version 4 (random) UUID, e.g. {@code 0f8e6b3a-...}. */
	static String requestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
		return new UUID(high, low).toString();
	}

	/**
	 * API Gateway's extended request id looks like 16 characters of base64, e.g.
	 * {@code Ab1cDEfGhIJKlMn==}.
	 */
	static String apigwId() {
		byte[] bytes = new byte[10];
		ThreadLocalRandom.current().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes).substring(0, 15) + "=";
	}

	/**
	 * An X-Ray trace header as API Gateway adds one ("Amazon API Gateway and AWS X-Ray"):
	 * {@code Root=1-}, the request's epoch seconds in 8 hex digits, {@code -}, 96 random
	 * bits in 24.
	 */
	static String traceId(long epochSeconds) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "Root=1-%08x-%08x%016x".formatted(epochSeconds & 0xFFFFFFFFL, random.nextInt(), random.nextLong());
	}

}

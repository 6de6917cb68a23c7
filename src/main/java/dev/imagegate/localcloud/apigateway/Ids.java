package dev.imagegate.localcloud.apigateway;

import java.security.SecureRandom;

/** Random ids shaped like AWS's: lowercase letters and digits. */
final class Ids {

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	/** REST API ids are 10 characters, e.g. {@code aabhd7xr1z}. */
	static String restApiId() {
		return random(10);
	}

	static String resourceId() {
		return random(10);
	}

	/** Deployment and validator ids are 6 characters. */
	static String shortId() {
		return random(6);
	}

	private static String random(int length) {
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

}

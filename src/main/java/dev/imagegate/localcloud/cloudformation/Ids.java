package dev.imagegate.localcloud.cloudformation;

import java.security.SecureRandom;

/** Random parts of the names and ids CloudFormation makes. */
final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";

	private Ids() {
	}

	static String random(int length, boolean lowerCase) {
		String alphabet = lowerCase ? LOWER : UPPER;
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return id.toString();
	}

}

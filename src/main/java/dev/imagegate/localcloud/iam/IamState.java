package dev.imagegate.localcloud.iam;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the IAM emulator keeps, as saved in {@code iam/state.json}.
 *
 * @param roles by lower-cased role name: IAM role names are unique regardless of case
 */
record IamState(Map<String, StoredRole> roles) {

	IamState {
		roles = Collections.unmodifiableMap(new TreeMap<>((roles != null) ? roles : Map.of()));
	}

	static IamState empty() {
		return new IamState(Map.of());
	}

	static String key(String roleName) {
		return roleName.toLowerCase(java.util.Locale.ROOT);
	}

}

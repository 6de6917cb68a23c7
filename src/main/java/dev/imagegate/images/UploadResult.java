package dev.imagegate.images;

/**
 * What became of one uploaded file: {@code stored} under {@code key}, {@code refused}
 * with the reason (the file broke a rule), or {@code failed} (the cloud did not take it);
 * nothing is stored unless {@code stored}. Public for the templates' expressions; also
 * the JSON answer.
 */
public record UploadResult(String file, String key, String status, String reason) {

	static UploadResult stored(String file, String key, String type) {
		return new UploadResult(file, key, "stored", type);
	}

	static UploadResult refused(String file, String reason) {
		return new UploadResult(file, null, "refused", reason);
	}

	static UploadResult failed(String file, String reason) {
		return new UploadResult(file, null, "failed", reason);
	}

}

package dev.imagegate.images;

/**
 * What became of one uploaded file: {@code stored} under {@code key}, or {@code refused} with
 * the reason (and nothing stored). Public for the templates' expressions; also the JSON answer.
 */
public record UploadResult(String file, String key, String status, String reason) {

	static UploadResult stored(String file, String key, String type) {
		return new UploadResult(file, key, "stored", type);
	}

	static UploadResult refused(String file, String reason) {
		return new UploadResult(file, null, "refused", reason);
	}

}

package dev.imagegate.images;

/**
 * What became of one uploaded file: {@link UploadStatus#STORED stored} under {@code key},
 * {@link UploadStatus#REFUSED refused} with the reason (the file broke a rule), or
 * {@link UploadStatus#FAILED failed} (the cloud did not take it); nothing is stored
 * unless stored. Public for the templates' expressions; also the JSON answer.
 */
public record UploadResult(String file, String key, UploadStatus status, String reason) {

	static UploadResult stored(String file, String key, String type) {
		return new UploadResult(file, key, UploadStatus.STORED, type);
	}

	static UploadResult refused(String file, String reason) {
		return new UploadResult(file, null, UploadStatus.REFUSED, reason);
	}

	static UploadResult failed(String file, String reason) {
		return new UploadResult(file, null, UploadStatus.FAILED, reason);
	}

	/**
	 * Whether the file is now in the bucket (not a bean property: the JSON answer carries
	 * the status only).
	 */
	public boolean wasStored() {
		return status == UploadStatus.STORED;
	}

}

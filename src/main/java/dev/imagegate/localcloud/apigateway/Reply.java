package dev.imagegate.localcloud.apigateway;

/**
 * What an operation answers: the HTTP status and the JSON body (none for deletes), or for
 * GetExport a document of its own content type ({@code body} then holds its bytes).
 */
record Reply(int status, Object body, String contentType, String contentDisposition) {

	Reply(int status, Object body) {
		this(status, body, null, null);
	}

	static Reply document(byte[] bytes, String contentType, String contentDisposition) {
		return new Reply(200, bytes, contentType, contentDisposition);
	}

	static Reply ok(Object body) {
		return new Reply(200, body);
	}

	static Reply created(Object body) {
		return new Reply(201, body);
	}

	static Reply accepted() {
		return new Reply(202, null);
	}

	static Reply noContent() {
		return new Reply(204, null);
	}

}

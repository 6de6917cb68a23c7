package dev.imagegate.localcloud.apigateway;

/** What an operation answers: the HTTP status and the JSON body (none for deletes). */
record Reply(int status, Object body) {

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

package dev.imagegate.endpoints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the JSON API's OpenAPI description, written by hand in
 * {@code openapi/json-api.json} rather than generated at start-up: generating it took a
 * library of ~800 classes and half a second of every start. {@code JsonApiDocumentTest}
 * proves it still matches the controllers.
 */
@RestController
class JsonApiDocumentController {

	static final String DOCUMENT = "openapi/json-api.json";

	private final byte[] document;

	JsonApiDocumentController() {
		try (InputStream in = new ClassPathResource(DOCUMENT).getInputStream()) {
			this.document = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The JSON API's description " + DOCUMENT + " is missing from the build", ex);
		}
	}

	@GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
	byte[] document() {
		return this.document;
	}

}

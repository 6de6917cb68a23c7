package dev.imagegate.exports;

import dev.imagegate.endpoints.JsonApi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API's export: the file in the asked format, as its own media type. */
@JsonApi
@RestController
class ExportsApiController {

	private final EndpointExports exports;

	ExportsApiController(EndpointExports exports) {
		this.exports = exports;
	}

	@GetMapping("/api/endpoints/{apiId}/export")
	ResponseEntity<String> export(@PathVariable String apiId, @RequestParam String format) {
		return ExportsController.file(exports.export(apiId, ExportsController.formatOf(format)), false);
	}

}

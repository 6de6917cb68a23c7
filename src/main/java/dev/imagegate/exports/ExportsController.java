package dev.imagegate.exports;

import java.util.List;

import dev.imagegate.endpoints.EndpointPages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** An endpoint's page of exports: one format at a time, to read, copy or download. */
@EndpointPages
@Controller
class ExportsController {

	private final EndpointExports exports;

	ExportsController(EndpointExports exports) {
		this.exports = exports;
	}

	@GetMapping("/endpoints/{apiId}/export")
	String show(@PathVariable String apiId, @RequestParam(defaultValue = "openapi") String format, Model model) {
		EndpointExports.Export export = exports.export(apiId, formatOf(format));
		model.addAttribute("apiId", apiId);
		model.addAttribute("export", export);
		model.addAttribute("formats", List.of(ExportFormat.values()));
		return "exports/show";
	}

	@GetMapping("/endpoints/{apiId}/export/download")
	ResponseEntity<String> download(@PathVariable String apiId, @RequestParam String format) {
		return file(exports.export(apiId, formatOf(format)), true);
	}

	/** The file itself, as the JSON API and the download link give it. */
	static ResponseEntity<String> file(EndpointExports.Export export, boolean attachment) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(export.format().mediaType() + ";charset=UTF-8"));
		if (attachment) {
			answer.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName()).build().toString());
		}
		return answer.body(export.text());
	}

	static ExportFormat formatOf(String format) {
		return ExportFormat.of(format)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"format must be openapi, cloudformation or cli"));
	}

}

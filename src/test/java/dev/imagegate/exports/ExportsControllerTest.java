package dev.imagegate.exports;

import dev.imagegate.endpoints.EndpointNotFoundException;
import dev.imagegate.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The export page, the download and the JSON API's export, with the exports themselves
 * mocked.
 */
@WebMvcTest({ ExportsController.class, ExportsApiController.class })
@Import(SecurityConfiguration.class)
@WithMockUser
class ExportsControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EndpointExports exports;

	@Test
	void thePageShowsOneFormatWithTabsCopyAndDownloadEscaped() throws Exception {
		given(exports.export("abc123", ExportFormat.CLOUDFORMATION)).willReturn(
				new EndpointExports.Export(ExportFormat.CLOUDFORMATION, "cats.yaml", "Resources: <script>x</script>"));

		mvc.perform(get("/endpoints/abc123/export").param("format", "cloudformation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Resources: &lt;script&gt;x&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>x"))))
			.andExpect(content().string(containsString("aria-current=\"page\">CloudFormation (YAML)</a>")))
			.andExpect(content().string(containsString("href=\"/endpoints/abc123/export?format=openapi\"")))
			.andExpect(content()
				.string(containsString("href=\"/endpoints/abc123/export/download?format=cloudformation\"")))
			.andExpect(content().string(containsString("data-copy=\"export-text\"")));
	}

	@Test
	void theDownloadIsAnAttachmentOfItsOwnType() throws Exception {
		given(exports.export("abc123", ExportFormat.CLI))
			.willReturn(new EndpointExports.Export(ExportFormat.CLI, "cats.sh", "#!/usr/bin/env bash\n"));

		mvc.perform(get("/endpoints/abc123/export/download").param("format", "cli"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"cats.sh\""))
			.andExpect(header().string("Content-Type", "text/x-shellscript;charset=UTF-8"))
			.andExpect(content().string("#!/usr/bin/env bash\n"));
	}

	@Test
	void theJsonApiAnswersTheFileOrAProblem() throws Exception {
		given(exports.export("abc123", ExportFormat.OPENAPI)).willReturn(
				new EndpointExports.Export(ExportFormat.OPENAPI, "cats.openapi.json", "{\"openapi\":\"3.0.1\"}"));
		given(exports.export("nope", ExportFormat.OPENAPI)).willThrow(new EndpointNotFoundException("nope"));

		mvc.perform(get("/api/endpoints/abc123/export").param("format", "openapi"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Content-Disposition"))
			.andExpect(jsonPath("$.openapi").value("3.0.1"));
		mvc.perform(get("/api/endpoints/nope/export").param("format", "openapi"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No imagegate endpoint with API id nope"));
		mvc.perform(get("/api/endpoints/abc123/export").param("format", "terraform"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/endpoints/nope/export"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No imagegate endpoint with API id nope")));
	}

}

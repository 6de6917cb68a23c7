package dev.imagegate.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The login page's controller alone, with the login and logout Spring Security adds
 * around it.
 */
@WebMvcTest(LoginController.class)
@Import(SecurityConfiguration.class)
@WithAnonymousUser
class LoginControllerTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theLoginPageCarriesTheCsrfTokenAndNoMessage() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<form action=\"/login\" method=\"post\"")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"/?>.*")))
			.andExpect(content().string(not(containsString("id=\"login-error\""))))
			.andExpect(content().string(not(containsString("id=\"logged-out\""))));
	}

	@ParameterizedTest
	@CsvSource({ "error, Wrong user name or password., You are logged out.",
			"logout, You are logged out., Wrong user name or password." })
	void afterAFailedLoginOrALogoutThePageSaysWhichAlone(String param, String shown, String notShown) throws Exception {
		mvc.perform(get("/login").param(param, ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shown)))
			.andExpect(content().string(not(containsString(notShown))));
	}

	@Test
	void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", "secret"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	@WithMockUser
	void loggingOutByPostWithTheCsrfTokenEndsTheSession() throws Exception {
		mvc.perform(post("/logout").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(unauthenticated());
	}

	@Test
	@WithMockUser
	void loggingOutWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/logout")).andExpect(status().isForbidden()).andExpect(authenticated());
	}

	@Test
	@WithMockUser
	void aGetOfLogoutIsNotALogout() throws Exception {
		mvc.perform(get("/logout")).andExpect(status().isNotFound()).andExpect(authenticated());
	}

}

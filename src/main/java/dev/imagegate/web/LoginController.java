package dev.imagegate.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the form's POST. */
@Controller
class LoginController {

	/**
	 * The session attribute holding the user name of a failed login, shown once in the
	 * form.
	 */
	static final String LAST_USERNAME = "imagegate.lastUsername";

	/**
	 * Longest wait the page repeats from its query string; anything else there is
	 * ignored.
	 */
	private static final long LONGEST_WAIT_SECONDS = 24 * 60 * 60;

	@GetMapping("/login")
	String login(@RequestParam(name = "throttled", required = false) String throttled, HttpSession session,
			Model model) {
		Object username = session.getAttribute(LAST_USERNAME);
		if (username != null) {
			session.removeAttribute(LAST_USERNAME);
			model.addAttribute("username", username);
		}
		if (throttled != null && throttled.matches("[0-9]{1,6}")) {
			long seconds = Long.parseLong(throttled);
			if (seconds > 0 && seconds <= LONGEST_WAIT_SECONDS) {
				model.addAttribute("retryIn", waitInWords(seconds));
			}
		}
		return "login";
	}

	private static String waitInWords(long seconds) {
		if (seconds < 120) {
			return seconds + ((seconds == 1) ? " second" : " seconds");
		}
		long minutes = (seconds + 59) / 60;
		return minutes + " minutes";
	}

}

package dev.imagegate.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may use the portal and its JSON API.
 *
 * @param users the accounts; a password is either encoded with its id
 * ({@code {bcrypt}$2a$...}) or plain text, which is encoded at startup and never kept
 */
@Validated
@ConfigurationProperties("imagegate.security")
public record PortalUsers(@DefaultValue List<@Valid User> users) {

	/**
	 * @param name the user name
	 * @param password the password, plain or {@code {id}encoded}
	 */
	public record User(
			@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}",
					message = "may contain only letters, digits and ._@- (at most 64)") String name,
			@NotBlank String password) {

		@Override
		public String toString() {
			return "User[name=" + name + "]";
		}

	}

}

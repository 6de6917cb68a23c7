package dev.imagegate.web;

import dev.imagegate.cloud.CloudProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class UserAccountsTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Accounts.class);

	@Test
	void configuredAccountsArePasswordEncoded() {
		runner
			.withPropertyValues("imagegate.security.users[0].name=alice", "imagegate.security.users[0].password=s3cret")
			.run((context) -> {
				var alice = context.getBean(UserDetailsService.class).loadUserByUsername("alice");
				assertThat(alice.getPassword()).startsWith("{bcrypt}").doesNotContain("s3cret");
				assertThat(context.getBean(PasswordEncoder.class).matches("s3cret", alice.getPassword())).isTrue();
			});
	}

	@Test
	void locallyWithoutAccountsAnAdminWithARandomPasswordIsShownOnce(CapturedOutput output) {
		runner.run((context) -> {
			var admin = context.getBean(UserDetailsService.class).loadUserByUsername("admin");
			String shown = output.getOut().replaceAll("(?s).*password: (\\S+).*", "$1");
			assertThat(shown).hasSizeGreaterThanOrEqualTo(20);
			assertThat(context.getBean(PasswordEncoder.class).matches(shown, admin.getPassword())).isTrue();
		});
		runner.run((context) -> assertThat(output.getOut().split("password: ")).hasSize(3));
		String[] runs = output.getOut().split("password: ");
		assertThat(runs[1].lines().findFirst()).isNotEqualTo(runs[2].lines().findFirst());
	}

	@Test
	void onAwsAnAccountMustBeConfigured() {
		runner.withPropertyValues("imagegate.cloud.mode=aws").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("imagegate.security.users[0].name");
		});
	}

	@Test
	void anAccountWithoutAPasswordIsRefusedAtStartup() {
		runner.withPropertyValues("imagegate.security.users[0].name=bob")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("users[0].password"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ PortalUsers.class, CloudProperties.class })
	@Import(UserAccounts.class)
	static class Accounts {

	}

}

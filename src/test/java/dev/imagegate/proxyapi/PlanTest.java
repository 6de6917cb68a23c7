package dev.imagegate.proxyapi;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanTest {

	private static Plan.PlannedStep step(String title, String... operations) {
		return new Plan.PlannedStep(title.toLowerCase(), title,
				List.of(operations).stream().map((op) -> new Plan.PlannedCall(op, "aws " + op)).toList());
	}

	@Test
	void onANewApiEveryStepWithCallsCreates() {
		Plan plan = new Plan(List.of(step("Bucket"), step("Role", "CreateRole", "PutRolePolicy"),
				step("API", "CreateRestApi"), step("Integration", "PutIntegration"),
				step("Responses", "PutMethodResponse", "PutMethodResponse")), null);

		assertThat(plan.created()).containsExactly("Role", "API", "Integration", "Responses");
		assertThat(plan.changed()).isEmpty();
		assertThat(plan.unchanged()).containsExactly("Bucket");
		assertThat(plan.changeCount()).isEqualTo(6);
		assertThat(plan.estimatedSeconds()).isEqualTo(3);
		assertThat(plan.steps().get(4).operations()).isEqualTo("PutMethodResponse ×2");
	}

	@Test
	void onAnExistingApiPutCallsChangeAndADeploymentIsNew() {
		Plan plan = new Plan(List.of(step("Integration", "PutIntegration"), step("Stage", "UpdateStage"),
				step("Deployment", "CreateDeployment")), null);

		assertThat(plan.created()).containsExactly("Deployment");
		assertThat(plan.changed()).containsExactly("Integration", "Stage");
		assertThat(plan.estimatedSeconds()).isEqualTo(2);
	}

	@Test
	void nothingToDoTakesNoTime() {
		Plan plan = new Plan(List.of(step("Bucket")), null);

		assertThat(plan.created()).isEmpty();
		assertThat(plan.changed()).isEmpty();
		assertThat(plan.estimatedSeconds()).isZero();
	}

}

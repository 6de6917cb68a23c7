package dev.imagegate.proxyapi.steps;

import java.util.List;

/**
 * One step of a run (the package docs name the tutorial it automates and its numbering).
 * It reads the current state from AWS (read-only calls) and returns the changes still
 * needed; a run applies them, a plan only lists them. A step whose state is already right
 * returns nothing, which makes every run idempotent and lets a failed run simply run
 * again.
 */
public interface ProvisioningStep {

	/** A short machine name, e.g. {@code role}. */
	String name();

	/** What the step makes true, in words, e.g. "IAM role API Gateway can assume". */
	String title();

	List<Change> changes(ProvisioningContext context);

}

package dev.imagegate.proxyapi.steps;

/**
 * One mutating AWS call a step needs, as the plan shows it (operation and its AWS CLI
 * equivalent) and as the run performs it.
 */
public record Change(String operation, String cli, Runnable apply) {
}

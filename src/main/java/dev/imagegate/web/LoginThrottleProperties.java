package dev.imagegate.web;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed sign-ins are slowed down, on the login form and HTTP Basic alike.
 *
 * @param freeFailures failures from one client before it must wait: 1 s, then twice as
 * long after each further failure; an account gets twice as many from all clients
 * together
 * @param maxWait the longest one client waits
 * @param accountMaxWait the longest an account waits for everyone: short, so that an
 * attacker cannot keep its owner out for long
 * @param forgetAfter failures older than this are forgotten
 * @param tracked how many clients and accounts are remembered (the least recent go first)
 */
@Validated
@ConfigurationProperties("imagegate.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") @Min(1) @Max(100) int freeFailures,
		@DefaultValue("15m") @DurationMin(seconds = 1) @DurationMax(hours = 24) Duration maxWait,
		@DefaultValue("30s") @DurationMin(seconds = 1) @DurationMax(hours = 1) Duration accountMaxWait,
		@DefaultValue("15m") @DurationMin(seconds = 1) @DurationMax(hours = 24) Duration forgetAfter,
		@DefaultValue("10000") @Min(10) @Max(1_000_000) int tracked) {

}

package dev.imagegate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that drives the portal from another process: the AWS CLI, a python (boto3)
 * script, a browser, or a second JVM. These are the slow ones: Maven runs them with
 * Failsafe in the {@code verify} phase, after the unit and Spring tests that Surefire
 * runs in {@code test} (see the {@value #TAG} group in pom.xml). On a class it covers
 * every test of the class and of its subclasses.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {

	String TAG = "integration";

}

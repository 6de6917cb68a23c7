package dev.imagegate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on a random port with its own embedded local cloud, also on a random
 * port, under a fresh data directory; its SDK clients as beans ({@link SdkClientBeans}).
 * Every test class with this annotation shares one context per test JVM (Spring caches
 * it; Surefire and Failsafe each run two JVMs), so keep names unique per test (bucket,
 * role, API names), and put a property the shared context can live with in
 * src/test/resources/config rather than on one class: each other set of properties starts
 * one more portal and local cloud.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "imagegate.local.port=0", "imagegate.local.data-dir=target/test-data/${random.uuid}",
				"imagegate.security.users[0].name=" + LocalCloudTest.USER,
				"imagegate.security.users[0].password=" + LocalCloudTest.PASSWORD })
@Import(SdkClientBeans.class)
public @interface LocalCloudTest {

	/** The portal account the tests log in with. */
	String USER = "tester";

	String PASSWORD = "tester-password";

}

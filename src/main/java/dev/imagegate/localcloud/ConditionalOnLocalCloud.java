package dev.imagegate.localcloud;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Only in mode {@code local}, the default: in mode {@code aws} no emulator starts. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@ConditionalOnProperty(name = "imagegate.cloud.mode", havingValue = "local", matchIfMissing = true)
public @interface ConditionalOnLocalCloud {

}

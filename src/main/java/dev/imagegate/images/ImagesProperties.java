package dev.imagegate.images;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Uploads.
 *
 * @param maxSize the largest image accepted; 10 MB is API Gateway's payload limit, so a
 * larger image could be stored but never served
 */
@Validated
@ConfigurationProperties("imagegate.images")
public record ImagesProperties(@NotNull @DefaultValue("10MB") DataSize maxSize) {
}

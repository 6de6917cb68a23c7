package dev.imagegate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ImagegateApplication {

	public static void main(String[] args) {
		SpringApplication.run(ImagegateApplication.class, args);
	}

}

package org.michishirube.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Michishirube service: the competency graph of Japan's health-information credentials, over HTTP. */
@SpringBootApplication
public class MichishirubeApplication {

    public static void main(String[] args) {
        SpringApplication.run(MichishirubeApplication.class, args);
    }
}

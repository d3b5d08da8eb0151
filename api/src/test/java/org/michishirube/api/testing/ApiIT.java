package org.michishirube.api.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a random port against the shared in-process Neo4j. All such tests share one
 * application context, so the database is loaded once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = {org.michishirube.api.MichishirubeApplication.class, TestDatabase.class})
@AutoConfigureWebTestClient(timeout = "30s")
@ActiveProfiles("test")
public @interface ApiIT {
}

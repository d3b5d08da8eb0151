package org.michishirube.api.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a handler method as an import or reload, which {@link ImportMetrics} times by kind and outcome. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface TimedImport {

    /** {@return what the method imports} */
    ImportMetrics.Kind value();
}

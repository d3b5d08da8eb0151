package org.michishirube.data;

import java.util.concurrent.RejectedExecutionException;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/** Tells what a failure of the data layer means, so that neither the API nor the stores need to know the driver's exceptions. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * {@return whether {@code error}, or anything that caused it, says the database cannot take the work now} That is an
     * unreachable server, or more work waiting for the data layer's threads than their queue holds.
     */
    public static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException || t instanceof RejectedExecutionException) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether {@code error} is a write refused by a uniqueness constraint, as when two writers race for one id} */
    public static boolean isConstraintViolation(Throwable error) {
        return error instanceof ClientException e && e.code() != null && e.code().contains("ConstraintValidationFailed");
    }
}

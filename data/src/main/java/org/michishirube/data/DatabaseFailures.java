package org.michishirube.data;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/** Tells the API whether a failure means the database cannot be reached, without the API knowing the driver. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** {@return whether {@code error}, or anything that caused it, says the database is unreachable} */
    public static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException) {
                return true;
            }
        }
        return false;
    }
}

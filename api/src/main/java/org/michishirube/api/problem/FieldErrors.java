package org.michishirube.api.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code errors} of a 400 {@code validation-failed} problem: one entry per faulty field, with a stable code a client can translate. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** {@return one faulty field} (mutable, so a caller may add the value at fault) */
    public static Map<String, Object> error(String field, String code, String message) {
        Map<String, Object> e = new HashMap<>();
        e.put("field", field);
        e.put("code", code);
        e.put("message", message);
        return e;
    }

    /** {@return the 400 problem for these fields} */
    public static ApiException invalid(List<Map<String, Object>> errors) {
        return new ApiException(ProblemType.VALIDATION_FAILED, "The request has " + errors.size() + " invalid field(s).", Map.of("errors", errors));
    }
}

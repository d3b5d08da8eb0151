package org.michishirube.api.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/** An expected failure that the problem handler renders as RFC 9457 problem+json. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient Map<String, Object> properties;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiException(ProblemType type, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.type = type;
        this.properties = new LinkedHashMap<>(properties);
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + what + " has the id '" + id + "'.", Map.of("id", id));
    }

    public static ApiException invalidParameter(String parameter, String detail) {
        return new ApiException(ProblemType.INVALID_PARAMETER, detail, Map.of("parameter", parameter));
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}

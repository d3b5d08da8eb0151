package org.michishirube.api.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/** The single source of problem {@code type} URIs; each is documented in docs/problems.md under its slug. */
public enum ProblemType {
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request"),
    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter"),
    MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "Malformed request body"),
    VALIDATION_FAILED("validation-failed", HttpStatus.BAD_REQUEST, "Validation failed"),
    UNPROCESSABLE("unprocessable", HttpStatus.UNPROCESSABLE_CONTENT, "The request cannot be carried out"),
    GOAL_ALREADY_REACHED("goal-already-reached", HttpStatus.UNPROCESSABLE_CONTENT, "The goal is already reached"),
    UNPLANNABLE("unplannable", HttpStatus.UNPROCESSABLE_CONTENT, "The goal cannot be planned"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
    INVALID_TOKEN("invalid-token", HttpStatus.UNAUTHORIZED, "Invalid bearer token"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
    URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "URI too long"),
    HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large"),
    INVALID_CSV("invalid-csv", HttpStatus.UNPROCESSABLE_CONTENT, "The CSV file is invalid"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "Precondition failed"),
    INVALID_IMPORT("invalid-import", HttpStatus.UNPROCESSABLE_CONTENT, "The import was refused"),
    PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED, "Precondition required"),
    OPERATION_REJECTED("operation-rejected", HttpStatus.UNPROCESSABLE_CONTENT, "The draft operation was rejected"),
    REVISION_CONFLICT("revision-conflict", HttpStatus.CONFLICT, "The draft's state does not allow this"),
    INVALID_DATASET("invalid-dataset", HttpStatus.UNPROCESSABLE_CONTENT, "The reference dataset is invalid"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    REQUEST_TIMEOUT("request-timeout", HttpStatus.SERVICE_UNAVAILABLE, "The request took too long"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    /** Stable base of every type URI; the slug is appended. */
    public static final String BASE = "https://michishirube.org/problems/";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }
}

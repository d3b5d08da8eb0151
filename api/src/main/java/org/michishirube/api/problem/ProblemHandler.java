package org.michishirube.api.problem;

import org.michishirube.interop.JsonFaults;
import tools.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.michishirube.dataset.InvalidDatasetException;
import org.michishirube.data.DatabaseFailures;
import org.michishirube.data.interop.ImportConflictException;
import org.michishirube.interop.InvalidImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;

/**
 * Turns every failure, from controllers, codecs and routing alike, into problem+json with a stable type.
 * Runs before Boot's own error handler so no HTML page or stack trace ever reaches a client.
 */
@Component
@Order(-2)
public class ProblemHandler implements ErrorWebExceptionHandler {

    /** spring.http.codecs.max-in-memory-size in application.yaml; imports read their bodies with their own 50 MB limit. */
    static final int BODY_LIMIT = 2 * 1024 * 1024;
    private static final String TOO_LARGE = "The request body is larger than the 2 MB this endpoint accepts (framework imports take up to 50 MB).";


    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    private final ProblemRenderer renderer;

    public ProblemHandler(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        Map<String, Object> props = new LinkedHashMap<>();
        ProblemType type;
        String detail;
        if (error instanceof ApiException api) {
            type = api.type();
            detail = api.getMessage();
            props.putAll(api.properties());
        } else if (error instanceof InvalidDatasetException invalid) {
            type = ProblemType.INVALID_DATASET;
            detail = invalid.problems().size() + " problem(s) in the dataset files; nothing was changed.";
            props.put("problems", invalid.problems().stream()
                    .map(p -> Map.of("file", p.file(), "item", p.item(), "fault", p.fault())).toList());
        } else if (error instanceof InvalidImportException invalid) {
            type = ProblemType.INVALID_IMPORT;
            detail = invalid.getMessage();
            props.put("faults", invalid.faults().stream().map(f -> Map.of("where", f.where(), "fault", f.fault(), "code", f.code(), "params", f.params())).toList());
        } else if (error instanceof ImportConflictException conflict) {
            type = ProblemType.CONFLICT;
            detail = conflict.getMessage();
        } else if (error instanceof WebExchangeBindException bind) {
            type = ProblemType.VALIDATION_FAILED;
            detail = "The request has " + bind.getErrorCount() + " invalid field(s).";
            List<Map<String, Object>> errors = new ArrayList<>();
            for (FieldError f : bind.getFieldErrors()) {
                errors.add(Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())));
            }
            bind.getGlobalErrors().forEach(g -> errors.add(Map.of("field", g.getObjectName(), "message", String.valueOf(g.getDefaultMessage()))));
            props.put("errors", errors);
        } else if (error instanceof MissingRequestValueException missing) {
            type = ProblemType.INVALID_PARAMETER;
            detail = "The " + missing.getLabel() + " '" + missing.getName() + "' is required.";
            props.put("parameter", missing.getName());
        } else if (error instanceof ServerWebInputException input) {
            Throwable cause = mostSpecific(input);
            if (cause instanceof DataBufferLimitException) {
                type = ProblemType.PAYLOAD_TOO_LARGE;
                detail = TOO_LARGE;
                props.put("limit", BODY_LIMIT);
            } else if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null
                    && !(cause instanceof DecodingException) && input.getMethodParameter().getParameterIndex() >= 0
                    && !isBody(input)) {
                type = ProblemType.INVALID_PARAMETER;
                detail = "The parameter '" + input.getMethodParameter().getParameterName() + "' has an invalid value.";
                props.put("parameter", input.getMethodParameter().getParameterName());
            } else {
                type = ProblemType.MALFORMED_BODY;
                Throwable mapping = mappingError(input, cause);
                String field = fieldOf(mapping);
                if (field != null) {
                    // Name the field and what it takes, rather than the codec's message about Java types.
                    props.put("field", field);
                    detail = "The request body could not be read: '" + field + "' " + expectation(mapping) + ".";
                } else if (mapping instanceof tools.jackson.databind.exc.MismatchedInputException) {
                    // The body as a whole has the wrong shape (a list where an object belongs): the codec's words name Java types.
                    detail = "The request body " + expectation(mapping) + ".";
                } else {
                    detail = "The request body could not be read: " + safeMessage(cause);
                }
            }
        } else if (error instanceof UnsupportedMediaTypeStatusException media) {
            type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
            detail = "Content type " + media.getContentType() + " is not supported here; send " + media.getSupportedMediaTypes() + ".";
            exchange.getResponse().getHeaders().setAccept(media.getSupportedMediaTypes());
        } else if (error instanceof NotAcceptableStatusException) {
            type = ProblemType.NOT_ACCEPTABLE;
            detail = "None of the accepted media types can be produced here.";
        } else if (error instanceof MethodNotAllowedException method) {
            type = ProblemType.METHOD_NOT_ALLOWED;
            detail = "Method " + method.getHttpMethod() + " is not allowed here; allowed: " + method.getSupportedMethods() + ".";
            exchange.getResponse().getHeaders().setAllow(method.getSupportedMethods());
        } else if (tooLarge(error)) {
            type = ProblemType.PAYLOAD_TOO_LARGE;
            detail = TOO_LARGE;
            props.put("limit", BODY_LIMIT);
        } else if (error instanceof ResponseStatusException status) {
            type = fromStatus(status.getStatusCode());
            detail = type == ProblemType.NOT_FOUND ? "There is nothing at " + exchange.getRequest().getPath().value() + "."
                    : status.getReason() == null ? type.title() + "." : status.getReason();
        } else if (DatabaseFailures.isUnavailable(error)) {
            type = ProblemType.SERVICE_UNAVAILABLE;
            detail = "The graph database cannot be reached; try again shortly.";
        } else {
            LOG.error("Unexpected failure on {} {} [request {}]", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    exchange.getRequest().getId(), error);
            type = ProblemType.INTERNAL;
            detail = "Something went wrong on our side; the request id identifies it in the logs.";
        }
        return renderer.write(exchange, type, detail, props);
    }

    private static boolean isBody(ServerWebInputException input) {
        return input.getMethodParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class);
    }

    private static Throwable mostSpecific(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    /**
     * {@return the mapping error that knows the field, or the most specific cause}: a date that does not exist (30 February)
     * is a {@code DateTimeException} under the mapping error that holds the path
     */
    private static Throwable mappingError(Throwable error, Throwable mostSpecific) {
        Throwable found = mostSpecific;
        for (Throwable c = error; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (fieldOf(c) != null) {
                found = c; // the deepest one wins, as the most specific would
            }
        }
        return found;
    }

    /** {@return the JSON path of the value a mapping error is about, e.g. {@code credentials[0].year}, or null} */
    private static String fieldOf(Throwable t) {
        if (!(t instanceof tools.jackson.databind.DatabindException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference ref : mapping.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** {@return what the field takes, in words, as far as the mapping error says} */
    private static String expectation(Throwable t) {
        if (t instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
            return "is not a field this request knows";
        }
        Class<?> target = t instanceof tools.jackson.databind.exc.MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            return "has a value of the wrong type";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == String.class || CharSequence.class.isAssignableFrom(target)) {
            return "must be text";
        }
        if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
            return "must be a list";
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date that exists, written YYYY-MM-DD";
        }
        if (target.isEnum()) {
            return "has a value this field does not accept";
        }
        return "must be an object";
    }

    /** Codec messages can quote the input; keep them short and free of class names. */
    private static String safeMessage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StreamConstraintsException json) {
                // A parser limit (nesting depth, string length): its words without the names of its settings.
                return JsonFaults.malformed(json) + ".";
            }
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("(?s)\\s*at \\[Source.*", "").replaceAll("\\(class [^)]*\\)", "").replaceAll("[a-z]+(\\.[a-zA-Z_$0-9]+){2,}", "");
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    private static ProblemType fromStatus(HttpStatusCode status) {
        for (ProblemType t : ProblemType.values()) {
            if (t.status().value() == status.value()) {
                return t;
            }
        }
        return status.is4xxClientError() ? ProblemType.BAD_REQUEST : ProblemType.INTERNAL;
    }

    // Spring 7 raises ContentTooLargeException; the deprecated PayloadTooLargeException may still come from older code paths.
    @SuppressWarnings("deprecation")
    private static boolean tooLarge(Throwable error) {
        return error instanceof ContentTooLargeException || error instanceof PayloadTooLargeException
                || error instanceof DataBufferLimitException;
    }
}

package org.michishirube.core.model;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The figures of one exam sitting as one source gives them. Two sources that disagree give two statistics.
 *
 * @param credential the credential examined
 * @param year the exam year
 * @param examNo the exam's number, when known
 * @param stage {@code exam}, or {@code first}/{@code second} for two-stage exams
 * @param applicants applicants, when known
 * @param examinees examinees, when known
 * @param passed passers, when known
 * @param passRate the pass rate as the source states it (0..1), when known
 * @param cancelled whether the sitting was cancelled
 * @param provenance source and verification level
 * @param note remarks, e.g. on a conflict
 */
public record ExamStatistic(
        CredentialId credential,
        int year,
        OptionalInt examNo,
        String stage,
        OptionalInt applicants,
        OptionalInt examinees,
        OptionalInt passed,
        OptionalDouble passRate,
        boolean cancelled,
        Provenance provenance,
        Optional<String> note) {

    public ExamStatistic {
        Target.require(credential, "credential");
        Target.require(stage, "stage");
        Target.require(provenance, "provenance");
    }
}

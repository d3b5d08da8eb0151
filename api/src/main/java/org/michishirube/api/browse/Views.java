package org.michishirube.api.browse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.michishirube.core.model.LocalizedText;

/** The response shapes of the browse API. Optional facts are null when unknown. */
final class Views {

    private Views() {
    }

    /** A reference to another item: its id and names. */
    record Ref(String id, LocalizedText name) {
    }

    record CredentialSummary(String id, LocalizedText name, String abbreviation, String kind, LocalizedText issuer, Integer since,
                             String framework, String verification) {
    }

    /**
     * One node of an eligibility rule: {@code credential} (hold it), {@code experience} (years of a kind of work, or
     * {@code anyAmount}), {@code allOf} (every condition) or {@code anyOf} (one of the conditions).
     */
    record Eligibility(String kind, Ref credential, String experience, Integer years, Boolean anyAmount,
                       List<Eligibility> conditions) {
    }

    record VersionView(String id, String version, LocalizedText name, String status, LocalDate effectiveDate, String supersedes,
                       boolean current, int targetCount, String source, String verification) {
    }

    record FrameworkView(String id, LocalizedText name, String credential, Integer reviewCycleYears, String currentVersion,
                         List<Ref> domains, List<VersionView> versions) {
    }

    record CredentialDetail(String id, LocalizedText name, String abbreviation, LocalizedText description, LocalizedText issuer,
                            Integer since, String kind, LocalizedText renewal, String source, String verification,
                            List<Eligibility> eligibility, LocalizedText eligibilityText, FrameworkView framework,
                            List<Ref> suitedRoles, List<Ref> leadsTo) {
    }

    /** A target in a tree; {@code missingLanguages} names the languages its name lacks (an import in one language), else null. */
    record TargetNode(String id, String kind, LocalizedText name, LocalizedText description, Integer effortHours, String verification,
                      String source, Set<String> tags, List<TargetNode> children, List<String> missingLanguages) {
    }

    record DomainTree(String id, LocalizedText name, List<TargetNode> targets) {
    }

    record TargetTree(String framework, String version, String status, int depth, List<DomainTree> domains) {
    }

    record RoleNeedRef(String id, LocalizedText name, int level, double importance) {
    }

    record TargetDetail(String id, String version, String framework, boolean current, Ref domain, String kind, LocalizedText name,
                        LocalizedText description, Integer effortHours, String source, String verification, Set<String> tags,
                        List<Ref> parents, List<Ref> children, List<Ref> prerequisites, List<Ref> requiredBy, List<Ref> related,
                        List<RoleNeedRef> neededBy, List<Ref> credentials, List<String> missingLanguages) {
    }

    record RoleSummary(String id, LocalizedText name, String family, int needCount, String verification) {
    }

    record NeedView(Ref target, int level, double importance) {
    }

    record DomainNeeds(Ref domain, List<NeedView> needs) {
    }

    record RoleDetail(String id, LocalizedText name, LocalizedText description, String family, String source, String verification,
                      List<Ref> suitedBy, List<DomainNeeds> needs) {
    }

    record StatisticEntry(Integer examNo, Integer applicants, Integer examinees, Integer passed, Double passRate, boolean cancelled,
                          String source, String verification, String note) {
    }

    /** One sitting; where sources disagree, the disagreeing figures are null here and every source's figures are in {@code entries}. */
    record StatisticPoint(int year, Integer examNo, Integer applicants, Integer examinees, Integer passed, Double passRate,
                          boolean cancelled, boolean conflicting, List<StatisticEntry> entries) {
    }

    record StatisticSeries(String stage, List<StatisticPoint> points) {
    }

    record CredentialStatistics(Ref credential, List<StatisticSeries> series) {
    }
}

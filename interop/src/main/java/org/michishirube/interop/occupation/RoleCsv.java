package org.michishirube.interop.occupation;

import org.michishirube.interop.Csv;
import org.michishirube.interop.ImportFault;
import org.michishirube.interop.InvalidImportException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.Need;
import org.michishirube.core.model.Provenance;
import org.michishirube.core.model.Role;
import org.michishirube.core.model.RoleId;
import org.michishirube.core.model.TargetId;
import org.michishirube.core.model.Verification;

/**
 * Roles and their needs from CSV, one row per need. Columns, by header name:
 * {@code role_id, role_name_ja, role_name_en, family, target_id, level, importance} (required) and
 * {@code role_description_ja, role_description_en, source, verification} (optional). A row with an empty
 * {@code target_id} declares a role without a need. All or nothing: every faulty row is reported with its line.
 */
public final class RoleCsv {

    public static final List<String> REQUIRED = List.of("role_id", "role_name_ja", "role_name_en", "family", "target_id", "level", "importance");
    public static final List<String> OPTIONAL = List.of("role_description_ja", "role_description_en", "source", "verification");
    /** The role families the reference dataset uses; role fit's second-career mode groups by them. */
    public static final Set<String> FAMILIES = Set.of("hospital-it", "vendor", "imaging", "education", "management", "analytics", "security", "clinical");

    private RoleCsv() {
    }

    /**
     * {@return the roles the CSV describes}
     *
     * @param known whether a target id is a target of a current version
     * @throws InvalidImportException listing every fault by line
     */
    /** The most need rows one import may hold (3,000 roles × a handful of needs fits well within it). */
    public static final int MAX_ROWS = 50_000;

    public static List<Role> read(String csv, Predicate<TargetId> known) {
        List<ImportFault> faults = new ArrayList<>();
        List<String> header = Csv.header(csv, ',');
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                faults.add(ImportFault.of("line 1", "roles.column-missing", "the column {0} is missing", column));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidImportException("The CSV lacks required columns; nothing was imported.", faults);
        }
        List<Csv.Row> rows = Csv.read(csv, ',');
        if (rows.size() > MAX_ROWS) {
            throw new InvalidImportException("The CSV has " + rows.size() + " rows, more than the " + MAX_ROWS
                    + " one import takes; nothing was imported.", List.of(ImportFault.of("line " + (MAX_ROWS + 2), "roles.row-limit-reached", "row limit reached")));
        }
        Map<String, RoleParts> roles = new LinkedHashMap<>();
        for (Csv.Row row : rows) {
            String at = "line " + row.line();
            String id = row.get("role_id");
            if (!RoleId.isWellFormed(id)) {
                faults.add(ImportFault.of(at, "roles.role-id-id-lowercase", "role_id '{0}' is not an id (lowercase words joined by '-' and '.')", id));
                continue;
            }
            String ja = row.get("role_name_ja");
            String en = row.get("role_name_en");
            String family = row.get("family");
            if (ja.isEmpty() || en.isEmpty()) {
                faults.add(ImportFault.of(at, "roles.role-needs-both-role", "role {0} needs both role_name_ja and role_name_en", id));
            }
            if (!FAMILIES.contains(family)) {
                faults.add(ImportFault.of(at, "roles.family-one", "family '{0}' is not one of {1}", family, new java.util.TreeSet<>(FAMILIES)));
            }
            Verification verification = Verification.SECONDARY;
            if (!row.get("verification").isEmpty()) {
                try {
                    verification = Verification.fromCode(row.get("verification"));
                } catch (IllegalArgumentException e) {
                    faults.add(ImportFault.of(at, "roles.verification-official-corroborated-secondary", "verification must be official, corroborated, secondary or inferred"));
                }
            }
            RoleParts parts = roles.get(id);
            if (parts == null && !ja.isEmpty() && !en.isEmpty()) {
                parts = new RoleParts(ja, en, family, row.get("role_description_ja"), row.get("role_description_en"),
                        row.get("source").isEmpty() ? "CSV import" : row.get("source"), verification, row.line());
                roles.put(id, parts);
            } else if (parts != null && (!parts.ja.equals(ja) || !parts.en.equals(en) || !parts.family.equals(family))) {
                faults.add(ImportFault.of(at, "roles.role-has-other-names", "role {0} has other names or another family than on line {1}", id, parts.line));
            }
            String target = row.get("target_id");
            if (target.isEmpty()) {
                continue;
            }
            if (!TargetId.isWellFormed(target) || !known.test(new TargetId(target))) {
                faults.add(ImportFault.of(at, "roles.target-id-target-current", "target_id '{0}' is not a target of a current framework version", target));
                continue;
            }
            Integer level = integer(row.get("level"));
            if (level == null || level < 1 || level > Need.MAX_LEVEL) {
                faults.add(ImportFault.of(at, "roles.level-whole-number-1", "level must be a whole number 1..4, was '{0}'", row.get("level")));
            }
            Double importance = number(row.get("importance"));
            if (importance == null || importance < 0 || importance > 1) {
                faults.add(ImportFault.of(at, "roles.importance-number-0-1", "importance must be a number 0..1, was '{0}'", row.get("importance")));
            }
            if (parts != null && level != null && importance != null && level >= 1 && level <= 4 && importance >= 0 && importance <= 1
                    && parts.needs.put(target, new Need(new TargetId(target), level, importance)) != null) {
                faults.add(ImportFault.of(at, "roles.role-needs-twice", "role {0} needs {1} twice", id, target));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidImportException(faults.size() + " fault(s) in the CSV; nothing was imported.", faults);
        }
        List<Role> out = new ArrayList<>();
        roles.forEach((id, p) -> out.add(new Role(new RoleId(id), LocalizedText.of(p.ja, p.en),
                p.descriptionJa.isEmpty() || p.descriptionEn.isEmpty() ? Optional.empty() : Optional.of(LocalizedText.of(p.descriptionJa, p.descriptionEn)),
                p.family, List.copyOf(p.needs.values()), new Provenance(p.source, p.verification))));
        return out;
    }

    /** {@return the CSV text of rows in the documented column order} */
    public static String write(List<Map<String, String>> rows) {
        List<String> columns = new ArrayList<>(REQUIRED);
        columns.addAll(OPTIONAL);
        StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n');
        for (Map<String, String> r : rows) {
            out.append(String.join(",", columns.stream().map(c -> Csv.quote(r.get(c))).toList())).append('\n');
        }
        return out.toString();
    }

    private static Integer integer(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final class RoleParts {
        final String ja;
        final String en;
        final String family;
        final String descriptionJa;
        final String descriptionEn;
        final String source;
        final Verification verification;
        final int line;
        final Map<String, Need> needs = new LinkedHashMap<>();

        RoleParts(String ja, String en, String family, String descriptionJa, String descriptionEn, String source, Verification verification, int line) {
            this.ja = ja;
            this.en = en;
            this.family = family;
            this.descriptionJa = descriptionJa;
            this.descriptionEn = descriptionEn;
            this.source = source;
            this.verification = verification;
            this.line = line;
        }
    }
}

package org.michishirube.interop.occupation;

import org.michishirube.interop.Csv;
import org.michishirube.interop.ImportedFramework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns O*NET and ESCO extracts into the role CSV that {@link RoleCsv} reads. Their elements and skills are not
 * Michishirube targets, so a crosswalk ({@code scheme,code,label,target_id,note}; the shipped one is
 * {@code classpath:interop/crosswalk.csv}) says which targets each stands for; anything it does not map is reported.
 */
public final class OccupationalData {

    /**
     * The CSV and what was left out.
     *
     * @param csv the role CSV
     * @param skipped what had no counterpart, with the reason
     */
    public record Conversion(String csv, List<ImportedFramework.Skipped> skipped) {
    }

    private final Map<String, List<String>> crosswalk = new LinkedHashMap<>();

    public OccupationalData(String crosswalkCsv) {
        for (Csv.Row r : Csv.read(crosswalkCsv, ',')) {
            crosswalk.computeIfAbsent(r.get("scheme") + " " + r.get("code"), k -> new ArrayList<>()).add(r.get("target_id"));
        }
    }

    /** {@return the converter with the shipped crosswalk} */
    public static OccupationalData withShippedCrosswalk() {
        try (InputStream in = OccupationalData.class.getResourceAsStream("/interop/crosswalk.csv")) {
            return new OccupationalData(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return O*NET occupations as roles} Importance IM 1–5 becomes 0..1 as (IM − 1) / 4; level LV 0–7 becomes 1..4 as
     * 1 + round(LV × 3 / 7). Where several elements map to one target, the highest importance and level win. Ratings O*NET
     * recommends suppressing, or marks not relevant, are left out.
     *
     * @param occupations {@code occupation_data} (O*NET-SOC Code, Title, Description)
     * @param ratings skills and knowledge files (O*NET-SOC Code, Element ID, Element Name, Scale ID, Data Value, …)
     * @param codes the occupations to convert
     */
    public Conversion onet(String occupations, List<String> ratings, List<String> codes) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Csv.Row r : Csv.read(occupations, '\t')) {
            titles.put(r.get("O*NET-SOC Code"), r.get("Title"));
        }
        Map<String, Map<String, double[]>> needs = new TreeMap<>();
        Map<String, Boolean> rated = new LinkedHashMap<>();
        List<ImportedFramework.Skipped> skipped = new ArrayList<>();
        java.util.Set<String> unmapped = new java.util.TreeSet<>();
        for (String file : ratings) {
            for (Csv.Row r : Csv.read(file, '\t')) {
                String soc = r.get("O*NET-SOC Code");
                if (!codes.contains(soc)) {
                    continue;
                }
                rated.put(soc, true);
                if ("Y".equals(r.get("Recommend Suppress")) || "Y".equals(r.get("Not Relevant"))) {
                    continue;
                }
                List<String> targets = crosswalk.get("onet " + r.get("Element ID"));
                if (targets == null) {
                    unmapped.add(r.get("Element ID") + " " + r.get("Element Name"));
                    continue;
                }
                double value = Double.parseDouble(r.get("Data Value"));
                for (String t : targets) {
                    double[] n = needs.computeIfAbsent(soc, k -> new TreeMap<>()).computeIfAbsent(t, k -> new double[] {0, 1});
                    if ("IM".equals(r.get("Scale ID"))) {
                        n[0] = Math.max(n[0], Math.max(0, Math.min(1, (value - 1) / 4)));
                    } else if ("LV".equals(r.get("Scale ID"))) {
                        n[1] = Math.max(n[1], Math.max(1, Math.min(4, 1 + Math.round(value * 3 / 7))));
                    }
                }
            }
        }
        unmapped.forEach(u -> skipped.add(new ImportedFramework.Skipped("O*NET element " + u, "the crosswalk maps it to no target")));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String soc : codes) {
            String title = titles.get(soc);
            if (title == null) {
                skipped.add(new ImportedFramework.Skipped("O*NET occupation " + soc, "not in the occupation data"));
                continue;
            }
            if (!rated.containsKey(soc)) {
                skipped.add(new ImportedFramework.Skipped("O*NET occupation " + soc + " " + title, "O*NET publishes no skill or knowledge ratings for it"));
                continue;
            }
            String id = "onet-" + soc.replace('.', '-');
            String family = onetFamily(soc);
            Map<String, double[]> ns = needs.getOrDefault(soc, Map.of());
            if (ns.isEmpty()) {
                rows.add(row(id, title, family, "", "", "", "https://www.onetonline.org/link/summary/" + soc));
            }
            ns.forEach((t, n) -> rows.add(row(id, title, family, t, String.valueOf((int) n[1]), round(n[0]),
                    "https://www.onetonline.org/link/summary/" + soc)));
        }
        return new Conversion(RoleCsv.write(rows), skipped);
    }

    /**
     * {@return ESCO occupations as roles} An essential skill is a need of importance 1.0, an optional one 0.5; ESCO gives
     * no level, so every need asks for level 2 (applies). Columns are found by header name, so v1.1 and v1.2 files both work.
     *
     * @param occupations {@code occupations_en.csv}
     * @param relations {@code occupationSkillRelations.csv}
     */
    public Conversion esco(String occupations, String relations) {
        Map<String, Csv.Row> occ = new LinkedHashMap<>();
        for (Csv.Row r : Csv.read(occupations, ',')) {
            occ.put(r.get("conceptUri"), r);
        }
        Map<String, Map<String, Double>> needs = new LinkedHashMap<>();
        List<ImportedFramework.Skipped> skipped = new ArrayList<>();
        java.util.Set<String> unmapped = new java.util.TreeSet<>();
        for (Csv.Row r : Csv.read(relations, ',')) {
            if (!occ.containsKey(r.get("occupationUri"))) {
                continue;
            }
            List<String> targets = crosswalk.get("esco " + r.get("skillUri"));
            if (targets == null) {
                unmapped.add(r.get("skillUri"));
                continue;
            }
            double importance = "essential".equals(r.get("relationType")) ? 1.0 : 0.5;
            targets.forEach(t -> needs.computeIfAbsent(r.get("occupationUri"), k -> new TreeMap<>()).merge(t, importance, Math::max));
        }
        if (!unmapped.isEmpty()) {
            skipped.add(new ImportedFramework.Skipped(unmapped.size() + " ESCO skill(s)", "the crosswalk maps them to no target"));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        occ.forEach((uri, o) -> {
            String label = o.get("preferredLabel");
            String id = "esco-" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String family = escoFamily(o.get("iscoGroup"));
            Map<String, Double> ns = needs.getOrDefault(uri, Map.of());
            if (ns.isEmpty()) {
                rows.add(row(id, label, family, "", "", "", uri));
            }
            ns.forEach((t, imp) -> rows.add(row(id, label, family, t, "2", round(imp), uri)));
        });
        return new Conversion(RoleCsv.write(rows), skipped);
    }

    /** SOC major groups: 11 management, 15 computer (analytics), 29 and 31 health care, 43 office (hospital IT support). */
    static String onetFamily(String soc) {
        return switch (soc.substring(0, 2)) {
            case "11" -> "management";
            case "15" -> "analytics";
            case "29", "31" -> "clinical";
            default -> "hospital-it";
        };
    }

    /** ISCO groups: 1xxx managers, 22xx health professionals, 3252 health information technicians. */
    static String escoFamily(String isco) {
        if (isco.startsWith("1")) {
            return "management";
        }
        if (isco.startsWith("22")) {
            return "clinical";
        }
        return "hospital-it";
    }

    private static Map<String, String> row(String id, String name, String family, String target, String level, String importance, String source) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("role_id", id);
        // The sources have no Japanese: the English name stands in until a steward translates it.
        r.put("role_name_ja", name);
        r.put("role_name_en", name);
        r.put("family", family);
        r.put("target_id", target);
        r.put("level", level);
        r.put("importance", importance);
        r.put("source", source);
        r.put("verification", "inferred");
        return r;
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 1000) / 1000.0);
    }
}

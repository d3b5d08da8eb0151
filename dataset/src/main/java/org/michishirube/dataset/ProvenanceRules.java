package org.michishirube.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.michishirube.core.model.CredentialId;
import org.michishirube.core.model.Verification;

/**
 * The decision rules of the verification scale (docs/dataset.md), checked item by item against the sources registry:
 *
 * <ul>
 *   <li>every cited id is in the registry, and every registry entry is cited somewhere;</li>
 *   <li>{@code official} needs an official document or page of the issuing body of a credential the item is about;</li>
 *   <li>{@code corroborated} needs a source of that body (official document or page, exam paper or result, committee
 *       abstract); a conference abstract, textbook, software documentation, web article or blog never corroborates;</li>
 *   <li>{@code secondary} needs at least one source;</li>
 *   <li>in a retired version, a source published after the version ended supports nothing (an anachronism): an item
 *       resting on such sources only must be {@code inferred};</li>
 *   <li>{@code inferred} needs a note with the reasoning.</li>
 * </ul>
 */
public final class ProvenanceRules {

    private ProvenanceRules() {
    }

    /**
     * {@return every breach of the rules, each naming its file and item; empty when the provenance is sound}
     *
     * @param items every cited item of the dataset
     * @param registry the sources registry by id
     * @param registryFile the registry's file name, for problems about unused sources
     */
    public static List<DatasetProblem> check(Collection<CitedItem> items, Map<String, Source> registry, String registryFile) {
        return check(items, registry, registryFile, true);
    }

    /**
     * {@return the breaches of the rules; the check that every source is cited only when {@code complete}}
     *
     * @param complete whether the items are all the dataset's: when a file could not be read, its citations are
     *     missing, and a source only it cites must not be reported as unused
     */
    static List<DatasetProblem> check(Collection<CitedItem> items, Map<String, Source> registry, String registryFile, boolean complete) {
        List<DatasetProblem> problems = new ArrayList<>();
        Set<String> cited = new HashSet<>();
        for (CitedItem item : items) {
            List<Source> sources = new ArrayList<>();
            for (Citation c : item.citations()) {
                cited.add(c.source());
                Source s = registry.get(c.source());
                if (s == null) {
                    problems.add(problem(item, "cites source " + c.source() + ", which " + registryFile + " does not list"));
                } else {
                    sources.add(s);
                }
            }
            if (sources.size() < item.citations().size()) {
                continue;
            }
            problems.addAll(checkLevel(item, sources));
        }
        new TreeSet<>(registry.keySet()).stream().filter(id -> complete && !cited.contains(id))
                .forEach(id -> problems.add(new DatasetProblem(registryFile, id, "is cited by no item")));
        return problems;
    }

    /** {@return the breaches of one item whose sources all resolved} */
    static List<DatasetProblem> checkLevel(CitedItem item, List<Source> sources) {
        List<DatasetProblem> problems = new ArrayList<>();
        Verification level = item.level();
        if (level == Verification.INFERRED) {
            if (item.note().filter(n -> !n.isBlank()).isEmpty()) {
                problems.add(problem(item, "is inferred but no note gives the reasoning"));
            }
            return problems;
        }
        List<Source> inTime = new ArrayList<>();
        for (Source s : sources) {
            if (postDated(s, item)) {
                problems.add(problem(item, "is " + level.code() + " on " + s.id() + " (published " + s.published()
                        + "), which post-dates " + item.version().map(Object::toString).orElse("its version") + " (ended "
                        + item.versionEnd().orElseThrow() + "): an anachronism; cite a source of the version's time or make it inferred with a note"));
            } else {
                inTime.add(s);
            }
        }
        if (inTime.isEmpty()) {
            if (sources.isEmpty()) {
                problems.add(problem(item, "is " + level.code() + " but cites no source"));
            }
            return problems;
        }
        String about = item.about().stream().map(CredentialId::value).sorted().collect(Collectors.joining(", "));
        if (level == Verification.OFFICIAL && inTime.stream().noneMatch(s -> s.kind().isOfficialText() && speaksForItem(s, item))) {
            problems.add(problem(item, "is official but none of its sources is an official document or page of the body of " + about
                    + " (its sources are " + kinds(sources) + ")"));
        }
        if (level == Verification.CORROBORATED && inTime.stream().noneMatch(s -> s.kind().isBodys() && speaksForItem(s, item))) {
            problems.add(problem(item, "is corroborated but none of its sources is the body of " + about
                    + " speaking (official document or page, exam paper or result, committee abstract); its sources are " + kinds(sources)
                    + ": make it secondary or inferred"));
        }
        return problems;
    }

    /** {@return whether the source was published after the retired version the item belongs to had ended} */
    static boolean postDated(Source source, CitedItem item) {
        Optional<java.time.LocalDate> published = source.earliestPublication();
        return item.versionEnd().isPresent() && published.isPresent() && published.get().isAfter(item.versionEnd().get());
    }

    private static boolean speaksForItem(Source source, CitedItem item) {
        return source.speaksFor().stream().anyMatch(item.about()::contains);
    }

    private static String kinds(List<Source> sources) {
        return sources.stream().map(s -> s.id() + " (" + s.kind().code() + ")").collect(Collectors.joining(", "));
    }

    private static DatasetProblem problem(CitedItem item, String fault) {
        return new DatasetProblem(item.file(), item.type() + " " + item.item(), fault);
    }
}

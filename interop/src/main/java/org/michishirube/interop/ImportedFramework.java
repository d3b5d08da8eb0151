package org.michishirube.interop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.michishirube.core.model.LocalizedText;
import org.michishirube.core.model.TargetKind;

/**
 * A competency framework read from an outside format, before it gets Michishirube ids: what the store needs, and what
 * the reader left out and why.
 *
 * @param format the format it was read from, e.g. {@code CASE 1.1}
 * @param documentIdentifier the source's identifier of the framework (CFDocument identifier, CTID)
 * @param title the framework's title
 * @param creator who published it, when the source says
 * @param source where it came from: the official URL or the document's URI
 * @param items the items, parents before children
 * @param precedes prerequisite → item that needs it, both in {@code items}
 * @param related related pairs, both in {@code items}
 * @param exactMatches items' exact matches outside the package, by item identifier
 * @param skipped what was not mapped, each with the reason
 * @param notes how the reader bent the input to fit, e.g. missing Japanese text
 * @param successions links from items of an earlier version (outside the package) to items of this one, which say how the
 *                    earlier targets live on (CASE replacedBy / exactMatchOf, CTDL exactAlignment / majorAlignment)
 * @param packageFields what the source says of the whole framework that the graph model does not hold, as a JSON object in the
 *                      source format's own terms (kept so that an export gives it back); {@code {}} when nothing
 */
public record ImportedFramework(String format, String documentIdentifier, LocalizedText title, Optional<String> creator, Optional<String> source,
                                List<Item> items, List<Edge> precedes, List<Edge> related,
                                Map<String, List<CaseMarks.ExternalLink>> exactMatches, List<Skipped> skipped, List<String> notes,
                                List<Succession> successions, String packageFields) {

    public ImportedFramework {
        items = List.copyOf(items);
        precedes = List.copyOf(precedes);
        related = List.copyOf(related);
        exactMatches = Map.copyOf(exactMatches);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        successions = List.copyOf(successions);
        packageFields = packageFields == null || packageFields.isBlank() ? "{}" : packageFields;
    }

    /**
     * One item of the framework.
     *
     * @param identifier the source's identifier
     * @param parent the parent item's identifier; empty at the top
     * @param domain whether it is a domain (a grouping above the areas) rather than a target
     * @param name its statement in ja and en
     * @param description a longer text, when given
     * @param code the source's human-readable code (humanCodingScheme, codedNotation)
     * @param ourId the Michishirube id it had, when it was exported by Michishirube
     * @param kind its kind, when the source says; else it follows from the depth
     * @param effortHours study effort, when the source says
     * @param tags emerging-area tags, when the source says
     * @param fields what the source says of this item that the graph model does not hold, as a JSON object in the source format's
     *               own terms (e.g. a CFItem's listEnumeration, a competency's ceasn:weight); {@code {}} when nothing
     */
    public record Item(String identifier, Optional<String> parent, boolean domain, LocalizedText name, Optional<LocalizedText> description,
                       Optional<String> code, Optional<String> ourId, Optional<TargetKind> kind, OptionalInt effortHours, Set<String> tags,
                       String fields) {
        public Item {
            tags = Set.copyOf(tags);
            fields = fields == null || fields.isBlank() ? "{}" : fields;
        }
    }

    /**
     * How an item of an earlier version lives on in this package.
     *
     * @param earlier the earlier item's identifier (or URI), outside this package
     * @param later the identifier of the item in this package
     * @param exact whether it is the same competency (exactMatchOf, exactAlignment) rather than a replacement
     */
    public record Succession(String earlier, String later, boolean exact) {
    }

    /**
     * A directed link between two items.
     *
     * @param from the origin's identifier
     * @param to the destination's identifier
     */
    public record Edge(String from, String to) {
    }

    /**
     * Something in the source that was not imported.
     *
     * @param what the object, e.g. {@code CFAssociation 6b0…}
     * @param reason why
     */
    public record Skipped(String what, String reason) {
    }
}
